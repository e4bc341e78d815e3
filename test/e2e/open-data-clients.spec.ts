import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expatFileErrors, gdalRecords, invalidGeometries, pythonCsvRows } from '../support/real-clients.ts';

/*
 * The built files, as the programs people use read them: GDAL (QGIS, PostGIS imports) for the
 * GeoJSON and CSV, Python's csv module, and expat for every street sign and Atom feed. The unit
 * tests in test/unit/published/ feed the same writers hostile text; this checks what was built.
 */
const dist = join(import.meta.dirname, '..', '..', 'dist');
const data = (name: string) => join(dist, 'data', name);
const registerCount = (JSON.parse(readFileSync(data('register.json'), 'utf8')) as { count: number }).count;

test('GDAL finds every geometry of the register and the districts valid', () => {
  expect(invalidGeometries(data('register.geojson'), 'register')).toEqual({ count: registerCount, invalid: [] });
  const districts = JSON.parse(readFileSync(data('districts.geojson'), 'utf8')) as { features: unknown[] };
  expect(invalidGeometries(data('districts.geojson'), 'districts')).toEqual({
    count: districts.features.length,
    invalid: [],
  });
});

test('GDAL and Python read the CSV with one row per device and the same columns in every row', () => {
  const [header, ...rows] = pythonCsvRows(data('register.csv'));
  expect(rows).toHaveLength(registerCount);
  expect(rows.filter((row) => row.length !== header!.length)).toEqual([]);
  const records = gdalRecords(data('register.csv'));
  expect(records).toHaveLength(registerCount);
  expect(records.filter((record) => Object.keys(record).length !== header!.length)).toEqual([]);
});

test('every street sign and every Atom feed is well-formed XML for expat', () => {
  const signs = readdirSync(join(dist, 'signs')).map((name) => join(dist, 'signs', name));
  const feeds = readdirSync(dist)
    .filter((name) => /^[a-z]{2}$/.test(name))
    .flatMap((lang) => readdirSync(join(dist, lang, 'feeds')).map((name) => join(dist, lang, 'feeds', name)));
  expect(signs).toHaveLength(registerCount);
  expect(feeds.length).toBeGreaterThanOrEqual(6);
  expect(expatFileErrors([...signs, ...feeds])).toEqual([]);
});
