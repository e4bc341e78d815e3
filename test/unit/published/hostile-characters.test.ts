import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/feeds/atom-feed.ts';
import { registerChanges, type EventLabels } from '../../../src/lib/feeds/register-changes.ts';
import {
  dtprJson,
  registerCsv,
  registerGeoJson,
  registerJson,
  type ExportContext,
} from '../../../src/lib/register/exports.ts';
import { sensorJsonLd } from '../../../src/lib/register/json-ld.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { signSvg } from '../../../src/lib/register/sign.ts';
import { expatError, gdalRecords, pythonCsvRows, tempFile } from '../../support/real-clients.ts';

/**
 * A register entry whose texts carry C0 control characters (NUL, U+0001, ESC, vertical tab), as
 * a careless paste or a hostile editor could leave them if they ever got past the content
 * check: every published file must still be read by the programs people use.
 */
const context: ExportContext = {
  siteUrl: 'https://privacy.lindenhaven.example',
  defaultLocale: 'en',
  locales: ['en', 'nl', 'ar'],
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  publisher: 'Municipality of Lindenhaven',
};
const register = structuredClone(readRegister('content').register);
const entry = register.entries.find((candidate) => candidate.id === 'mobile-centrum-01')!;
entry.name = { ...entry.name, en: 'Scan\u0000 car\u0001 one\u001B[2J\u000B' };
entry.summary = { ...entry.summary, en: 'Reads\u000B plates\u0000.' };
entry.history[0]!.note = { ...entry.history[0]!.note, en: 'Registered\u0001\u001B today\u0000.' };
const cleanName = 'Scan car one[2J';
const C0 = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const ESCAPED_C0 = /\\u00(0[0-8bcef]|1[0-9a-f])|\\[bf]/i;
const labels = Object.fromEntries(
  ['registered', 'activated', 'changed', 'moved', 'deactivated', 'reactivated', 'removed', 'transferred'].map(
    (type) => [type, type],
  ),
) as EventLabels;

describe('published files with control characters in the content', () => {
  it('expat refuses a document with a control character, so the checks below can fail', () => {
    expect(expatError('<a>\u0001</a>')).toBe('not well-formed (invalid token): line 1, column 3');
    expect(expatError('<a>ok</a>')).toBe('');
  });

  it('the street sign is well-formed XML and prints the name without them', () => {
    const svg = signSvg({
      id: entry.id,
      city: 'Lindenhaven\u0000',
      url: `${context.siteUrl}/en/register/${entry.id}/`,
      kindIcon: 'car',
      personalData: true,
      checkAddress: 'Check the address.\u0007',
      languages: [
        {
          code: 'en',
          dir: 'ltr',
          title: 'Sensor in public space',
          name: entry.name['en']!,
          purpose: 'Enforcement\u0002',
          personalData: 'Personal data: yes',
          retention: 'Data kept\u000B 1 year',
          accountable: 'Municipality\u0000 of Lindenhaven',
        },
      ],
    });
    expect(expatError(svg)).toBe('');
    expect(svg).not.toMatch(C0);
    expect(svg).toContain(`<title id="sign-title">${cleanName}</title>`);
  });

  it('the register feed is well-formed XML with the cleaned name and note', () => {
    const xml = atomFeed({
      selfUrl: `${context.siteUrl}/en/feeds/register.atom`,
      pageUrl: `${context.siteUrl}/en/register/`,
      title: 'Register\u0000 changes',
      description: 'New and changed devices\u001B',
      language: 'en',
      author: { name: 'Municipality\u0001', url: context.siteUrl },
      rights: 'CC BY 4.0\u000B',
      entries: registerChanges([entry], { siteUrl: context.siteUrl, locale: 'en', defaultLocale: 'en', labels }),
    });
    expect(expatError(xml)).toBe('');
    expect(xml).not.toMatch(C0);
    expect(xml).toContain(`<![CDATA[${cleanName}: registered]]>`);
    expect(xml).toContain('<![CDATA[Registered today.]]>');
  });

  it('the CSV has the same columns in every row for Python and for GDAL, and no control characters', () => {
    const csv = registerCsv(register, context);
    expect(csv).not.toMatch(C0);
    const file = tempFile('register.csv', csv);
    const [header, ...rows] = pythonCsvRows(file);
    expect(rows).toHaveLength(register.entries.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const pythonRow = rows.find((row) => row[0] === entry.id)!;
    expect(pythonRow[header!.indexOf('name_en')]).toBe(cleanName);
    expect(pythonRow[header!.indexOf('summary_en')]).toBe('Reads plates.');

    const records = gdalRecords(file);
    expect(records).toHaveLength(register.entries.length);
    const gdalRow = records.find((record) => record['id'] === entry.id)!;
    expect(Object.keys(gdalRow)).toEqual(header);
    expect(gdalRow['name_en']).toBe(cleanName);
    expect(gdalRow['name_nl']).toBe(entry.name['nl']);
  });

  it('JSON, GeoJSON, DTPR and JSON-LD parse and carry no control characters, not even escaped', () => {
    const files = {
      json: registerJson(register, context),
      geojson: registerGeoJson(register, context),
      dtpr: dtprJson(entry, register, context),
      jsonLd: sensorJsonLd(entry, register, { siteUrl: context.siteUrl, locale: 'en', defaultLocale: 'en' }),
    };
    for (const text of Object.values(files)) {
      expect(text).not.toMatch(C0);
      expect(text).not.toMatch(ESCAPED_C0);
    }
    const json = JSON.parse(files.json) as {
      entries: { id: string; name: { en: string }; history: { note: { en: string } }[] }[];
    };
    const published = json.entries.find((candidate) => candidate.id === entry.id)!;
    expect(published.name.en).toBe(cleanName);
    expect(published.history[0]!.note.en).toBe('Registered today.');
    expect(JSON.parse(files.geojson).features.find((f: { id: string }) => f.id === entry.id).properties.name).toBe(
      cleanName,
    );
    expect(JSON.parse(files.dtpr).name.en).toBe(cleanName);
    expect(JSON.parse(files.jsonLd).name).toBe(cleanName);
  });
});
