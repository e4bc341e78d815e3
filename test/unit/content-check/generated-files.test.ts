import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentJsonSchemas, contentKinds } from '../../../src/tooling/schema-docs/content-schemas.ts';
import { generatedFiles } from '../../../src/tooling/schema-docs/generated-files.ts';
import { siteLanguages } from '../../../src/site/city.ts';
import { validEntry } from '../../support/content-tree.ts';

const project = join(import.meta.dirname, '..', '..', '..');
const schemas = contentJsonSchemas(project, siteLanguages);
const schemaOf = (id: string) => [...schemas].find(([kind]) => kind.id === id)![1];
const ajv = new Ajv({ allErrors: true, strict: false });

describe('files made from the schemas', () => {
  it('are up to date (run "npm run content:schemas" after changing a schema or its comments)', async () => {
    const stale = [...(await generatedFiles(project, siteLanguages))].filter(
      ([path, text]) => readFileSync(join(project, path), 'utf8') !== text,
    );
    expect(stale.map(([path]) => path)).toEqual([]);
  });

  it("carry each field's JSDoc comment as its description", () => {
    const sensor = schemaOf('register-entry');
    expect(sensor.description).toBe(
      'A register entry: one device in public space (`content/register/<id>.yaml`; the file name is the id).',
    );
    expect(sensor.properties!['retention']!.description).toBe('How long data is kept: ISO 8601 duration or "none".');
    const location = sensor.properties!['location']!.oneOf![1]!;
    expect(location.properties!['districts']!.description).toBe('District ids from content/districts.geojson.');
    const question = schemaOf('quiz').properties!['questions']!.items!.oneOf![0]!;
    expect(question.properties!['id']!.description).toBe(
      'Stable id, the same in every language; scores and class results refer to it.',
    );
  });
});

describe('editor validation (the JSON Schemas VS Code applies)', () => {
  it.each(contentKinds.filter((kind) => kind.editorFiles).map((kind) => [kind.id, kind] as const))(
    '%s: accepts every file of the demo content',
    (_, kind) => {
      const validate = ajv.compile(schemaOf(kind.id));
      const files = kind.editorFiles!.globs.flatMap((glob) => globSync(glob, { cwd: project }));
      expect(files.length).toBeGreaterThan(0);
      const rejected = files.filter((file) => {
        const text = readFileSync(join(project, file), 'utf8');
        return !validate(file.endsWith('.yaml') ? parse(text) : JSON.parse(text));
      });
      expect(rejected).toEqual([]);
    },
  );

  it('rejects a misspelt status, an unknown language and a missing English text while typing', () => {
    const validate = ajv.compile(schemaOf('register-entry'));
    expect(validate(validEntry())).toBe(true);
    expect(validate(validEntry({ status: 'working' }))).toBe(false);
    expect(validate(validEntry({ name: { en: 'Counter', de: 'Zähler' } }))).toBe(false);
    expect(validate(validEntry({ summary: { nl: 'Telt fietsen.' } }))).toBe(false);
    expect(validate(validEntry({ firmware: '1.2.3' }))).toBe(false);
  });
});
