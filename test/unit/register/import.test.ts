import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { city } from '../../../src/site/city.ts';
import { registerCsv, registerJson, type ExportContext } from '../../../src/lib/register/exports.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { contentTree, validEntry } from '../../support/content-tree.ts';
import { localToday } from '../../../src/lib/content/today.ts';
import { demoCopy, runImport, snapshot } from '../../support/import-run.ts';

const context: ExportContext = {
  siteUrl: city.siteUrl,
  defaultLocale: 'en',
  locales: ['en', 'nl', 'ar'],
  licence: city.openDataLicence,
  publisher: 'Municipality of Lindenhaven',
};

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
        'stats,X,active,P1D,52.11,5.105,cyclist-counter',
      ].join('\n'),
    );
    const result = runImport(dir, csv);
    expect(result.status).toBe(1);
    expect(result.err).toContain('nothing was written');
    expect(result.err).toContain('row 3, column status: Use one of: "planned", "active", "inactive", "removed".');
    expect(result.err).toContain('row 3, column retention: Write an ISO 8601 duration');
    expect(result.err).toContain('row 4, column id: "Bad Id" cannot be an id');
    expect(result.err).toContain(
      'row 5, column id: "stats" cannot be a device\'s id: /<lang>/register/stats/ is a page of the register itself.',
    );
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

  it('refuses an unmapped column, naming it', () => {
    const dir = contentTree({});
    const csv = join(dir, 'assets.csv');
    writeFileSync(csv, 'id,Firmware\nx,1.0\n');
    const result = runImport(dir, csv);
    expect(result.err).toContain('header, column Firmware: This is not a register column');
  });
});
