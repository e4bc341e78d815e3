import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { sensorSchema } from '../../../schemas/sensor.ts';

/** Field order of a written entry: the schema's, so files read the same way every time. */
const FIELD_ORDER = Object.keys(sensorSchema.shape);

/** An entry as YAML, fields in schema order. */
export function entryYaml(data: Record<string, unknown>): string {
  const ordered = Object.fromEntries(
    [...FIELD_ORDER, ...Object.keys(data).filter((key) => !FIELD_ORDER.includes(key))]
      .filter((key) => data[key] !== undefined)
      .map((key) => [key, data[key]]),
  );
  return stringify(ordered, { lineWidth: 0 });
}

/**
 * Writes entries to content/register/<id>.yaml. Every file is first written beside its target
 * and only then renamed over it (an atomic step on one file system), so an interrupted import
 * leaves each file either as it was or complete; temporary files are removed on failure.
 */
export function writeEntries(
  registerDir: string,
  entries: readonly { id: string; data: Record<string, unknown> }[],
): void {
  const staged: { temp: string; target: string }[] = [];
  try {
    for (const { id, data } of entries) {
      const target = join(registerDir, `${id}.yaml`);
      const temp = `${target}.import-${process.pid}.tmp`;
      writeFileSync(temp, entryYaml(data), { flag: 'wx' });
      staged.push({ temp, target });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
}
