import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../../src/lib/register/changes/facts.ts';
import { csvColumns } from '../../../src/lib/register/csv-columns.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { sensorFields } from '../../../src/lib/register/sensor-fields.ts';
import { registerXlsx } from '../../../src/tooling/register/xlsx-export.ts';

const project = join(import.meta.dirname, '..', '..', '..');
const locales = ['en', 'nl', 'ar'];
const columns = csvColumns(locales);
const dotted = (path: readonly string[]) => path.join('.');
/** Fields with a value of their own (a group's or a choice's fields carry theirs). */
const leaves = sensorFields.filter((field) => field.value !== 'group' && field.value !== 'choice');

describe('every register field is picked up where it belongs, by declaring it in the schema', () => {
  it('is documented: a description in docs/fields.md and the JSON Schema', () => {
    expect(sensorFields.filter((field) => !field.meta.description).map((field) => dotted(field.path))).toEqual([]);
    const reference = readFileSync(join(project, 'docs/fields.md'), 'utf8');
    for (const field of sensorFields) {
      const row = field.path.length === 1 ? field.path[0] : dotted(field.path);
      expect(reference, `docs/fields.md lacks ${row}`).toContain(`\`${row}\``);
    }
  });

  it('is exported to CSV and XLSX, or says why not', () => {
    const exported = (path: string) =>
      columns.some((column) => column.field === path || column.field.startsWith(`${path}.`));
    const missing = leaves
      .filter((field) => !field.meta.notExported && !exported(dotted(field.path)))
      .map((field) => dotted(field.path));
    expect(missing).toEqual([]);
  });

  it('is read back by the importer: every column writes its field into an entry', () => {
    const { register } = readRegister('content');
    for (const entry of register.entries.slice(0, 5)) {
      const draft: Record<string, unknown> = {};
      // The location's type first, as a file gives it, so that an area takes its districts.
      for (const column of [...columns].sort((a) => (a.name === 'location_type' ? -1 : 0))) {
        column.set(draft, column.get(entry));
      }
      for (const column of columns.filter((candidate) => candidate.name !== 'id')) {
        expect(column.get({ ...draft, id: entry.id, districts: entry.districts } as typeof entry), column.name).toBe(
          column.get(entry),
        );
      }
    }
  });

  it('has a column name and a description, each name once', () => {
    const names = columns.map((column) => column.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
    expect(columns.filter((column) => !/^[a-z0-9_]+$/.test(column.name) || !column.description)).toEqual([]);
  });

  it('is found by search when it is text residents read, or says why not', () => {
    const unsearched = leaves
      .filter((field) => field.value === 'per-language' && !field.meta.searchable && !field.meta.notSearched)
      .map((field) => dotted(field.path));
    expect(unsearched).toEqual([]);
  });

  it("is named in every language with its label, and its changes are announced in the device's history", () => {
    // Every language file the site has (a second city's German included), not only the demo's.
    for (const file of readdirSync(join(project, 'src/i18n/locales'))) {
      const locale = file.replace(/\.json$/, '');
      const strings = JSON.parse(readFileSync(join(project, 'src/i18n/locales', file), 'utf8')) as Record<
        string,
        string
      >;
      const missing = sensorFields.filter((field) => field.meta.label && !strings[field.meta.label]);
      expect(missing.map((field) => `${locale}: ${dotted(field.path)} (${field.meta.label})`)).toEqual([]);
    }
    // The facts whose changes the device's history announces are made from the same fields.
    expect(FACTS.map((fact) => fact.label)).not.toContain(undefined);
  });
});

describe('the XLSX workbook', () => {
  it("notes on each header what the column holds: its field's description", async () => {
    const { register } = readRegister('content');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await registerXlsx(register, locales)) as unknown as ArrayBuffer);
    const header = workbook.getWorksheet('Register')!.getRow(1);
    const noteOf = (name: string) => {
      const index = (header.values as string[]).indexOf(name);
      const note = header.getCell(index).note;
      return typeof note === 'string' ? note : note?.texts?.map((part) => part.text).join('');
    };
    expect(noteOf('retention')).toBe('How long data is kept: ISO 8601 duration or "none".');
    expect(noteOf('measures_ar')).toBe('What it measures or records, in plain words. (ar)');
    expect(noteOf('security_last_review')).toBe(columns.find((c) => c.name === 'security_last_review')!.description);
  });
});
