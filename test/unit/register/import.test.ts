import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { city } from '../../../city.config.ts';
import { registerCsv, registerJson, type ExportContext } from '../../../src/lib/register/exports.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { contentTree, validEntry } from '../../support/content-tree.ts';
import { localToday } from '../../../src/lib/content/today.ts';

const context: ExportContext = {
  siteUrl: city.siteUrl,
  defaultLocale: 'en',
  locales: ['en', 'nl', 'ar'],
  licence: city.openDataLicence,
  publisher: 'Municipality of Lindenhaven',
};

function runImport(contentDir: string, file: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      'scripts/register-import.ts',
      file,
      '--content-dir',
      contentDir,
      ...(args.includes('--date') ? [] : ['--date', '2026-11-30']),
      ...args,
    ],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

function snapshot(dir: string): Record<string, string> {
  const registerDir = join(dir, 'register');
  return Object.fromEntries(
    readdirSync(registerDir).map((name) => [name, readFileSync(join(registerDir, name), 'utf8')]),
  );
}

function demoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-'));
  cpSync('content/register', join(dir, 'register'), { recursive: true });
  cpSync('content/taxonomy', join(dir, 'taxonomy'), { recursive: true });
  cpSync('content/districts.geojson', join(dir, 'districts.geojson'));
  return dir;
}

describe('register import', { timeout: 30_000 }, () => {
  it('gives back identical files after export then import, for JSON and CSV', () => {
    const dir = demoCopy();
    const before = snapshot(dir);
    const { register } = readRegister(dir, dir);
    const json = join(dir, 'export.json');
    const csv = join(dir, 'export.csv');
    writeFileSync(json, registerJson(register, context));
    writeFileSync(csv, registerCsv(register, context));
    for (const file of [json, csv]) {
      // The demo content is dated up to today, and an import refuses dates after its own day.
      const result = runImport(dir, file, '--date', localToday());
      expect(result.err).toBe('');
      expect(result.out).toContain(`0 new, 0 changed, ${register.entries.length} unchanged`);
      expect(snapshot(dir)).toEqual(before);
    }
  });

  it('lists every bad row by row and column, and writes nothing', () => {
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': validEntry() });
    const before = snapshot(dir);
    const csv = join(dir, 'assets.csv');
    writeFileSync(
      csv,
      [
        'id,name_en,status,retention,lat,lng,kind',
        'cyclist-counter-centrum-01,Counter,active,P30D,52.11,5.105,cyclist-counter',
        'new-camera-01,New camera,broken,30 days,52.11,5.105,camera',
        'Bad Id,X,active,P1D,52.11,5.105,cyclist-counter',
      ].join('\n'),
    );
    const result = runImport(dir, csv);
    expect(result.status).toBe(1);
    expect(result.err).toContain('nothing was written');
    expect(result.err).toContain('row 3, column status: Use one of: "planned", "active", "inactive", "removed".');
    expect(result.err).toContain('row 3, column retention: Write an ISO 8601 duration');
    expect(result.err).toContain('row 4, column id: "Bad Id" cannot be an id');
    expect(snapshot(dir)).toEqual(before);
  });

  it('reports a malformed CSV with its line', () => {
    const dir = contentTree({});
    const csv = join(dir, 'broken.csv');
    writeFileSync(csv, 'id,name_en\n"unclosed,quote\n');
    const result = runImport(dir, csv);
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/row \d+: The CSV cannot be read/);
  });

  it("maps the city's own columns, records a history event for a change and writes atomically", () => {
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': validEntry() });
    const csv = join(dir, 'assets.csv');
    const mapping = join(dir, 'columns.json');
    writeFileSync(csv, 'Asset ID;Bewaartermijn\ncyclist-counter-centrum-01;P1Y\n'.replace(/;/g, ','));
    writeFileSync(mapping, JSON.stringify({ columns: { 'Asset ID': 'id', Bewaartermijn: 'retention' } }));

    const dry = runImport(dir, csv, '--mapping', mapping, '--dry-run');
    expect(dry.out).toContain('changed   cyclist-counter-centrum-01 (retention)');
    expect(parse(snapshot(dir)['cyclist-counter-centrum-01.yaml']!).retention).toBe('P5Y');

    const result = runImport(dir, csv, '--mapping', mapping);
    expect(result.out).toContain('0 new, 1 changed, 0 unchanged');
    const written = parse(snapshot(dir)['cyclist-counter-centrum-01.yaml']!);
    expect(written.retention).toBe('P1Y');
    expect(written.updated).toBe('2026-11-30');
    expect(written.history.at(-1)).toEqual({
      date: '2026-11-30',
      type: 'changed',
      note: {
        en: 'Updated by import from assets.csv: retention.',
        nl: 'Bijgewerkt via import uit assets.csv: retention.',
      },
    });
    expect(readdirSync(join(dir, 'register'))).toEqual(['cyclist-counter-centrum-01.yaml']);
  });

  it('refuses an unmapped column, naming it', () => {
    const dir = contentTree({});
    const csv = join(dir, 'assets.csv');
    writeFileSync(csv, 'id,Firmware\nx,1.0\n');
    const result = runImport(dir, csv);
    expect(result.err).toContain('header, column Firmware: This is not a register column');
  });
});
