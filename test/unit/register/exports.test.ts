import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ringArea, type Position } from '../../../src/lib/geo.ts';
import { neutralizeFormula, restoreFormulaPrefix } from '../../../src/lib/register/csv-safety.ts';
import { dissolve } from '../../../src/lib/geo-dissolve.ts';
import {
  dcatCatalog,
  districtsGeoJson,
  dtprJson,
  registerCsv,
  registerGeoJson,
  registerJson,
  type ExportContext,
} from '../../../src/lib/register/exports.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { contentTree, validEntry } from '../../support/content-tree.ts';
import { invalidGeometries, tempFile } from '../../support/real-clients.ts';

const context: ExportContext = {
  siteUrl: 'https://privacy.city.example',
  defaultLocale: 'en',
  locales: ['en', 'nl', 'ar'],
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  publisher: 'Municipality of Lindenhaven',
};
const { register: demo } = readRegister('content');

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas, and reads them back exactly', () => {
    for (const hostile of ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', "'=1"]) {
      const safe = neutralizeFormula(hostile);
      expect(safe.startsWith("'")).toBe(true);
      expect(restoreFormulaPrefix(safe)).toBe(hostile);
    }
    expect(neutralizeFormula('-73.98')).toBe('-73.98');
    expect(neutralizeFormula('Camera 1')).toBe('Camera 1');
  });

  it('writes a hostile name as text in the file', () => {
    const dir = contentTree({ 'a.yaml': validEntry({ name: { en: '=cmd|" /C calc"!A0' } }) });
    const { register } = readRegister(dir, dir);
    const rows = parse(registerCsv(register, context), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]!['name_en']).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('has one row per entry and documented columns', () => {
    const rows = parse(registerCsv(demo, context), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(demo.entries.length);
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(['id', 'name_en', 'name_nl', 'name_ar', 'personal_data', 'retention', 'lat', 'lng']),
    );
  });
});

describe('GeoJSON export (RFC 7946)', () => {
  const geojson = JSON.parse(registerGeoJson(demo, context));
  it('is a FeatureCollection with a feature per entry', () => {
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(demo.entries.length);
  });
  it('writes points as [longitude, latitude] within the city', () => {
    const points = geojson.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'Point');
    expect(points.length).toBeGreaterThan(60);
    for (const feature of points) {
      const [lng, lat] = feature.geometry.coordinates;
      expect(lng).toBeGreaterThan(5);
      expect(lng).toBeLessThan(5.3);
      expect(lat).toBeGreaterThan(52);
      expect(lat).toBeLessThan(52.2);
    }
  });
  it('has only geometries that GDAL finds valid, mobile devices included', () => {
    const file = tempFile('register.geojson', registerGeoJson(demo, context));
    expect(invalidGeometries(file, 'register')).toEqual({ count: demo.entries.length, invalid: [] });
    const districts = tempFile('districts.geojson', districtsGeoJson(demo));
    expect(invalidGeometries(districts, 'districts')).toEqual({ count: demo.districts.length, invalid: [] });
  });
  it('dissolves the districts of a mobile device into one area', () => {
    const square = (x: number): Position[][] => [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ];
    const area = dissolve([square(0), square(1), square(5)]);
    expect(area).toHaveLength(2);
    expect(area[0]![0]!.map(([x, y]) => `${x},${y}`).sort()).toEqual(['0,0', '0,0', '0,1', '2,0', '2,1'].sort());
    expect(dissolve([])).toEqual([]);
    const mobile = geojson.features.find((f: { id: string }) => f.id === 'mobile-centrum-01');
    expect(mobile.geometry.type).toBe('MultiPolygon');
  });
  it('draws mobile devices as closed, counter-clockwise polygons', () => {
    const areas = geojson.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'MultiPolygon');
    expect(areas.length).toBeGreaterThan(0);
    for (const feature of areas) {
      for (const polygon of feature.geometry.coordinates as Position[][][]) {
        const ring = polygon[0]!;
        expect(ring[0]).toEqual(ring.at(-1));
        expect(ringArea(ring)).toBeGreaterThan(0);
      }
    }
  });
});

describe('JSON, DTPR and DCAT exports', () => {
  it('JSON carries the schema version, licence and every entry', () => {
    const json = JSON.parse(registerJson(demo, context));
    expect(json.schemaVersion).toBe('1.2');
    expect(json.licence.name).toBe('CC BY 4.0');
    expect(json.entries).toHaveLength(demo.entries.length);
  });
  it('DTPR maps terms to DTPR element ids', () => {
    const entry = demo.entries.find((e) => e.personalData)!;
    const dtpr = JSON.parse(dtprJson(entry, demo, context));
    expect(dtpr.datachain.device__accountable).toEqual(['institution']);
    expect(dtpr.datachain.device__retention).toEqual([
      entry.retention === 'none' ? 'no_data_retained' : 'data_retained',
    ]);
    expect(dtpr.datachain.device__tech.length).toBeGreaterThan(0);
  });
  it('DTPR calls a camera that records plates or people identifiable video, whatever light it films in', () => {
    const tech = (id: string) =>
      JSON.parse(
        dtprJson(
          demo.entries.find((e) => e.id === id)!,
          demo,
          context,
        ),
      ).datachain.device__tech;
    expect(tech('anpr-centrum-01')).toEqual(['identifiable_video']);
    // A scan car: cameras that read plates, and GPS for where it saw them.
    expect(tech('mobile-centrum-01')).toEqual(['identifiable_video', 'gps']);
    // A crowd camera sends on counts only; a thermal cyclist counter is no induction loop.
    expect(tech('crowd-camera-stationskwartier-01')).toEqual(['video_camera']);
    expect(tech('cyclist-counter-westerveld-01')).toEqual(['image_infrared']);
  });
  it('DTPR does not call pseudonymised data de-identified', () => {
    const pseudonymised = demo.entries.find((e) => e.processing.includes('pseudonymised'))!;
    const process = JSON.parse(dtprJson(pseudonymised, demo, context)).datachain.device__process;
    expect(process).not.toContain('de_identified');
  });
  it('DCAT lists the three distributions with the licence', () => {
    const catalog = JSON.parse(dcatCatalog(demo, context, '2026-11-30'));
    const distributions = catalog['dcat:dataset'][0]['dcat:distribution'];
    expect(distributions.map((d: { '@id': string }) => d['@id'])).toEqual([
      'https://privacy.city.example/data/register.json',
      'https://privacy.city.example/data/register.csv',
      'https://privacy.city.example/data/register.geojson',
    ]);
  });
});
