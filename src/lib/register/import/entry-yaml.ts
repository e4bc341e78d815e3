import { sensorSchema } from '../../../schemas/sensor.ts';
import { yamlText } from '../../content/yaml-text.ts';

/** Field order of a written entry: the schema's, so files read the same way every time. */
export const FIELD_ORDER = Object.keys(sensorSchema.shape);

/** An entry as a fresh YAML file, fields in schema order (for new devices), "yes" and "no" quoted. */
export function entryYaml(data: Record<string, unknown>): string {
  const ordered = Object.fromEntries(
    [...FIELD_ORDER, ...Object.keys(data).filter((key) => !FIELD_ORDER.includes(key))]
      .filter((key) => data[key] !== undefined)
      .map((key) => [key, data[key]]),
  );
  return yamlText(ordered);
}
