import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlFile } from '../content/yaml-file.ts';
import type { SiteContent } from './read-content.ts';

/** Valid entries are read without line numbers (for speed); read the few that get a warning again. */
export function registerFileLines(
  content: SiteContent,
  id: string,
): { file: string; lineOf: (path: readonly (string | number)[]) => number | undefined } {
  const path = [`${id}.yaml`, `${id}.yml`]
    .map((name) => join(content.source.contentDir, 'register', name))
    .find((candidate) => existsSync(candidate))!;
  const file = content.fileName('register', path.endsWith('.yml') ? `${id}.yml` : `${id}.yaml`);
  const yaml = parseYamlFile(readFileSync(path, 'utf8'), file).file;
  return { file, lineOf: (fieldPath) => yaml?.lineOf(fieldPath) };
}
