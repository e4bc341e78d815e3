import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { lostCharacters } from '../../../src/tooling/register/changes/lost-characters.ts';
import { registerCsv } from '../../../src/lib/register/exports.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { contentTree, validEntry } from '../../support/content-tree.ts';
import { demoCopy, runImport, snapshot } from '../../support/import-run.ts';
import { saveAsWindows1252 } from '../../support/windows-1252.ts';

const context = {
  siteUrl: 'https://example.org',
  defaultLocale: 'en',
  locales: ['en', 'nl', 'ar'],
  licence: { name: 'CC0', url: 'https://example.org/cc0' },
  publisher: 'City',
};

describe('register import: texts a spreadsheet turned into "?"', { timeout: 60_000 }, () => {
  it('finds the characters a Windows-1252 save replaced, and leaves real question marks alone', () => {
    expect(lostCharacters('كاميرا المرور', '?????? ??????')).toEqual([...new Set('كاميراالمرور')]);
    expect(lostCharacters('Meet CO₂ en NO₂', 'Meet CO? en NO?')).toEqual(['₂']);
    expect(lostCharacters('Meet CO₂', 'Meet CO\uFFFD')).toEqual(['₂']);
    expect(lostCharacters('Wie ziet dit?', 'Wie ziet de beelden?')).toBeUndefined();
    expect(lostCharacters('Café', 'Caf??')).toEqual([]);
    expect(lostCharacters('Wat?? Echt??', 'Wat?? Echt?? Ja.')).toBeUndefined();
  });

  it("refuses the communications officer's Excel CSV of the demo register and writes nothing", () => {
    const dir = demoCopy();
    const before = snapshot(dir);
    const { register } = readRegister(dir, dir);
    // Export, open in Excel, drop the history column, save as plain "CSV" (Windows-1252).
    const [headers, ...rows] = parse(registerCsv(register, context), { bom: true }) as string[][];
    const history = headers!.indexOf('history');
    const withoutHistory = [headers!, ...rows].map((cells) => cells.filter((_, index) => index !== history));
    const csv = join(dir, 'register.csv');
    writeFileSync(csv, saveAsWindows1252(stringify(withoutHistory, { record_delimiter: '\r\n' })));

    const result = runImport(dir, csv);
    expect(result.status).toBe(1);
    const lines = result.err.trim().split('\n');
    expect(lines[0]).toMatch(/^register\.csv: \d+ problems; nothing was written\. Fix them all and import again\.$/);
    const first = register.entries[0]!;
    expect(first.name.ar).toMatch(/\p{Script=Arabic}/u);
    expect(lines[1]).toBe(
      '  row 2, column name_ar: The file has "?" where the register has Arabic letters: the spreadsheet was saved as Windows-1252, an encoding that cannot hold them. In Excel choose "CSV UTF-8 (comma delimited)" or save as .xlsx, then import again.',
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('names the characters lost from a Dutch text that the file gives back unchanged but for them', () => {
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': validEntry() });
    const csv = join(dir, 'edit.csv');
    const edit = 'id,summary_nl\r\ncyclist-counter-centrum-01,Meet CO₂ en NO₂ bij de Havenbrug.\r\n';
    writeFileSync(csv, edit);
    expect(runImport(dir, csv).err).toBe('');
    writeFileSync(csv, saveAsWindows1252(edit));
    const before = snapshot(dir);
    const lossy = runImport(dir, csv);
    expect(lossy.err).toBe(
      'edit.csv: 1 problem; nothing was written. Fix them all and import again.\n' +
        '  row 2, column summary_nl: The file has "?" where the register has characters such as ₂: the spreadsheet was saved in an encoding that cannot hold them. In Excel choose "CSV UTF-8 (comma delimited)" or save as .xlsx, then import again.\n',
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it('says a Windows-1252 file turned letters into "?" in a text the register does not have yet', () => {
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': validEntry() });
    const csv = join(dir, 'edit.csv');
    writeFileSync(
      csv,
      saveAsWindows1252(
        'id;retention_note_en;retention_note_nl;retention_note_ar\r\ncyclist-counter-centrum-01;No images, one count;Geen beelden, één telling;لا صور\r\n',
      ),
    );
    const before = snapshot(dir);
    const result = runImport(dir, csv);
    expect(result.err).toBe(
      'edit.csv: 1 problem; nothing was written. Fix them all and import again.\n' +
        '  row 2, column retention_note_ar: The file has "??" here and was saved as Windows-1252, an encoding that cannot hold Arabic letters and many other characters: they became "?". In Excel choose "CSV UTF-8 (comma delimited)" or save as .xlsx, then import again.\n',
    );
    expect(snapshot(dir)).toEqual(before);
  });
});
