import { localToday } from '../../../src/lib/content/today.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { registerXlsx } from '../../../src/tooling/register/xlsx-export.ts';
import { decodeText } from '../../../src/tooling/register/import/decode.ts';
import { sniffDelimiter } from '../../../src/tooling/register/import/table.ts';
import { contentTree, validEntry } from '../../support/content-tree.ts';
import { demoCopy, runImport, snapshot } from '../../support/import-run.ts';

const windows1252 = (text: string) => Buffer.from(text, 'latin1');

describe("register import: the city's own files", { timeout: 60_000 }, () => {
  it('gives back identical files after export to .xlsx, editing nothing, and import', async () => {
    const dir = demoCopy();
    const before = snapshot(dir);
    const { register } = readRegister(dir, dir);
    const xlsx = join(dir, 'register.xlsx');
    writeFileSync(xlsx, await registerXlsx(register, ['en', 'nl', 'ar']));
    const result = runImport(dir, xlsx, '--date', localToday());
    expect(result.err).toBe('');
    expect(result.out).toContain('Read register.xlsx (Excel workbook, sheet "Register").');
    expect(result.out).toContain(`0 new, 0 changed, ${register.entries.length} unchanged`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('imports an edit made in the spreadsheet, from the sheet named with --sheet', async () => {
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': validEntry() });
    const { register } = readRegister(dir, dir);
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load((await registerXlsx(register, ['en', 'nl', 'ar'])) as unknown as ArrayBuffer);
    // The team's workbook: a notes sheet first, the register renamed and edited.
    const edited = new ExcelJS.Workbook();
    edited.addWorksheet('Notes').addRow(['nothing here']);
    const sheet = edited.addWorksheet('Sensoren');
    exported.getWorksheet('Register')!.eachRow((row) => sheet.addRow((row.values as unknown[]).slice(1)));
    const retention = (sheet.getRow(1).values as string[]).indexOf('retention');
    sheet.getRow(2).getCell(retention).value = 'P7D';
    const xlsx = join(dir, 'edited.xlsx');
    await edited.xlsx.writeFile(xlsx);

    const wrongSheet = runImport(dir, xlsx, '--sheet', 'Sensors');
    expect(wrongSheet.err).toContain('file: There is no sheet "Sensors"; the sheets are "Notes", "Sensoren".');
    const result = runImport(dir, xlsx, '--sheet', 'Sensoren');
    expect(result.out).toContain('changed cyclist-counter-centrum-01\n    How long data is kept: 5 years → 7 days\n');
    expect(parse(snapshot(dir)['cyclist-counter-centrum-01.yaml']!).retention).toBe('P7D');
  });

  it('reads a semicolon-separated Windows-1252 CSV with its accents, and says how it read it', () => {
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': validEntry() });
    const csv = join(dir, 'export.csv');
    writeFileSync(
      csv,
      windows1252('id;name_nl;Opmerking\r\ncyclist-counter-centrum-01;Fietstelpunt Café Brücke;intern\r\n'),
    );
    const mapping = join(dir, 'columns.json');
    writeFileSync(mapping, JSON.stringify({ columns: {}, ignore: ['Opmerking'] }));
    const result = runImport(dir, csv, '--mapping', mapping);
    expect(result.err).toBe('');
    expect(result.out).toContain('Read export.csv (CSV, semicolon-separated, Windows-1252).');
    expect(result.out).toContain('    Name (nl): “Fietstelpunt Havenbrug” → “Fietstelpunt Café Brücke”');
    expect(parse(snapshot(dir)['cyclist-counter-centrum-01.yaml']!).name.nl).toBe('Fietstelpunt Café Brücke');
  });

  it('detects UTF-8 with and without a byte order mark, UTF-16 and Windows-1252, and refuses other encodings by name', () => {
    expect(decodeText(Buffer.from('\uFEFFid;naam\nx;Zoë', 'utf8'))).toEqual({
      text: 'id;naam\nx;Zoë',
      encoding: 'UTF-8',
    });
    expect(decodeText(Buffer.from('id;naam\nx;Zoë', 'utf8'))).toEqual({ text: 'id;naam\nx;Zoë', encoding: 'UTF-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tnaam\nx\tZoë', 'utf16le')]))).toEqual({
      text: 'id\tnaam\nx\tZoë',
      encoding: 'UTF-16',
    });
    expect(decodeText(Buffer.from('id\tnaam\nx\tZoë', 'utf16le'))).toEqual({
      text: 'id\tnaam\nx\tZoë',
      encoding: 'UTF-16',
    });
    expect(decodeText(windows1252('id;naam\nx;Zoë en Brücke, café'))).toEqual({
      text: 'id;naam\nx;Zoë en Brücke, café',
      encoding: 'Windows-1252',
    });
    const shiftJis = Buffer.from([
      ...Buffer.from('id,name\nx,'),
      ...[0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x65, 0x83, 0x4c, 0x83, 0x58, 0x83, 0x67],
      ...[0x82, 0xc5, 0x82, 0xb7, 0x81, 0x42, 0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x83, 0x65],
    ]);
    const refused = decodeText(shiftJis);
    expect(refused).toEqual({
      problem: expect.stringMatching(
        /^The file is not UTF-8, UTF-16 or Windows-1252 but looks like [\w-]+: save it from your spreadsheet program as "CSV UTF-8" and import that file\.$/,
      ),
    });
  });

  it('sniffs comma, semicolon and tab, ignoring delimiters inside quotes', () => {
    expect(sniffDelimiter('id,name\nx,y').name).toBe('comma');
    expect(sniffDelimiter('"a,b,c";id;name\n').name).toBe('semicolon');
    expect(sniffDelimiter('id\tname\tkind\n').name).toBe('tab');
  });

  it('names a mistyped mapping target with the closest register columns, and an unmapped column as such', () => {
    const dir = contentTree({});
    const csv = join(dir, 'assets.csv');
    writeFileSync(csv, 'Asset;Bewaartermijn;Firmware\nx;P1D;1.0\n');
    const mapping = join(dir, 'columns.json');
    writeFileSync(mapping, JSON.stringify({ columns: { Asset: 'id', Bewaartermijn: 'retension', Kenteken: 'kind' } }));
    const result = runImport(dir, csv, '--mapping', mapping);
    expect(result.status).toBe(1);
    expect(result.err).toBe(
      [
        'assets.csv: 3 problems; nothing was written. Fix them all and import again.',
        '  mapping file: columns "Bewaartermijn": "retension" is not a register column. Did you mean retention? The columns are listed on the open-data page.',
        '  header, column Firmware: This column is neither mapped nor ignored: add it to "columns" in the mapping file with the register column it holds, or to "ignore".',
        '  mapping file, column Kenteken: The mapping names this column, but the file has none by that name.',
        '',
      ].join('\n'),
    );
  });

  it('lists every problem of every row in one run, by row and column, up to a cap with a count', () => {
    const dir = contentTree({});
    const csv = join(dir, 'assets.csv');
    const header = 'id,name_en,status,retention,lat,lng,kind,organisation';
    const rows = Array.from({ length: 30 }, (_, index) => `cam-${index},Camera,broken,30 days,52.11,5.105,ufo,nobody`);
    writeFileSync(csv, [header, 'cam-first,Camera,active,P1D,10,10,ufo,city-of-lindenhaven', ...rows].join('\n'));
    const result = runImport(dir, csv);
    const lines = result.err.trim().split('\n');
    expect(lines[0]).toMatch(/^assets\.csv: \d+ problems; nothing was written\. Fix them all and import again\.$/);
    expect(lines.at(-1)).toMatch(/^ {2}… and \d+ more\.$/);
    expect(lines).toHaveLength(52);
    // Schema, vocabulary and coordinates of one row together, not in rounds.
    expect(lines).toContain(
      '  row 2, column kind: "ufo" is not in content/taxonomy/kinds.yaml. Use an id from that file, or add the term there first.',
    );
    expect(lines).toContain(
      '  row 2, column lat: 10, 10 lies outside every district. Check the coordinates (latitude first, about 52; longitude about 5).',
    );
    expect(lines).toContain('  row 3, column status: Use one of: "planned", "active", "inactive", "removed".');
    expect(lines).toContain(
      '  row 3, column organisation: "nobody" is not in content/taxonomy/organisations.yaml. Use an id from that file, or add the term there first.',
    );
  });

  it('prints the usage for --help and for an unknown option, never a stack trace', () => {
    const dir = contentTree({});
    const help = runImport(dir, '--help');
    expect(help.status).toBe(0);
    expect(help.out).toMatch(/^Usage: npm run register:import -- <file> \[options\]\n/);
    expect(help.out).toContain('--accept-flagged-changes');
    const unknown = runImport(dir, 'x.csv', '--overwrite');
    expect(unknown.status).toBe(2);
    expect(unknown.err).toMatch(
      /^Unknown option '--overwrite'\. .*\n\nUsage: npm run register:import -- <file> \[options\]\n/s,
    );
    expect(unknown.err).not.toContain('    at ');
    const missing = runImport(dir);
    expect(missing.err).toMatch(/^Name the file to import\.\n\nUsage:/);
  });

  it('reads the example export of a Dutch city with its mapping (docs/examples)', () => {
    const dir = contentTree({});
    const result = runImport(
      dir,
      'docs/examples/sensorregister-export.csv',
      '--mapping',
      'docs/examples/sensorregister-mapping.json',
    );
    expect(result.err).toBe('');
    expect(result.out).toContain('Read sensorregister-export.csv (CSV, semicolon-separated, Windows-1252).');
    expect(result.out).toMatch(/Imported: \d+ new, 0 changed, 0 unchanged, 0 marked removed; 0 flagged changes\./);
    expect(readFileSync(join(dir, 'register', 'camera-centrum-101.yaml'), 'utf8')).toContain('Camera’s');
  });
});
