import { sensorSchema } from '../../schemas/sensor.ts';
import { schemaFields, type SchemaField } from '../content/schema-fields.ts';

/**
 * Every field of a register entry, nested ones included, with the metadata its schema declares:
 * what the exports, the importer, search and the device page read instead of lists of their own.
 */
export const sensorFields: readonly SchemaField[] = schemaFields(sensorSchema);
