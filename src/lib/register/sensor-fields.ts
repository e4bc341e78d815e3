import { sensorSchema } from '../../schemas/sensor.ts';
import { schemaFields, type SchemaField } from '../content/schema-fields.ts';

/**
 * Every field of a register entry, nested ones included, with the metadata its schema declares:
 * what the exports, the importer, search and the device page read instead of lists of their own.
 */
export const sensorFields: readonly SchemaField[] = schemaFields(sensorSchema);

/** The UI string that names a register field (`location.lat` → `field.latitude`), from its schema. */
export function fieldLabel(path: string): string {
  const label = sensorFields.find((field) => field.path.join('.') === path)?.meta.label;
  if (!label) throw new Error(`The register field ${path} has no label: give it one with .meta({ label }).`);
  return label;
}
