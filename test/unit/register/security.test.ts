import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dtprJson, registerCsv, registerGeoJson, type ExportContext } from '../../../src/lib/register/exports.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { securityDtprIds, supportStatus, supportTally } from '../../../src/lib/register/security.ts';
import { compactRegister } from '../../../src/lib/register/compact.ts';
import { query, unpack } from '../../../src/lib/register/compact-query.ts';
import { buildDay } from '../../../src/lib/build-day.ts';
import type { SecurityFacts } from '../../../src/schemas/sensor-security.ts';

const { register } = readRegister('content');
const context: ExportContext = {
  siteUrl: 'https://privacy.city.example',
  defaultLocale: 'en',
  locales: ['en', 'nl', 'ar'],
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  publisher: 'Municipality of Lindenhaven',
};
const facts = (changes: Partial<SecurityFacts>): SecurityFacts => ({
  encryptedInTransit: 'yes',
  encryptedAtRest: 'no',
  updates: 'remote',
  signedUpdates: true,
  supportUntil: '2030-01-31',
  network: 'separated',
  disclosurePolicy: 'none',
  conformity: [],
  lastIndependentReview: 'none',
  ...changes,
});

describe('vendor support periods', () => {
  it('sorts a device into ended, within a year, later or not stated', () => {
    const today = '2026-11-30';
    expect(supportStatus(facts({ supportUntil: '2026-11-29' }), today)).toBe('ended');
    expect(supportStatus(facts({ supportUntil: '2026-11-30' }), today)).toBe('within-year');
    expect(supportStatus(facts({ supportUntil: '2027-11-30' }), today)).toBe('within-year');
    expect(supportStatus(facts({ supportUntil: '2027-12-01' }), today)).toBe('later');
    expect(supportStatus(facts({ supportUntil: 'not-stated' }), today)).toBe('not-stated');
  });

  it('tallies every device exactly once', () => {
    const tally = supportTally(register.entries, '2026-11-30');
    expect(tally.map((row) => row.key)).toEqual(['ended', 'within-year', 'later', 'not-stated']);
    expect(tally.reduce((sum, row) => sum + row.count, 0)).toBe(register.entries.length);
    expect(tally.find((row) => row.key === 'within-year')!.count).toBeGreaterThan(0);
  });
});

describe('the encryption filter', () => {
  it('finds exactly the devices that encrypt what they send, in the compact data the island filters', () => {
    const fixed = {
      yes: 'Yes',
      no: 'No',
      partly: 'Partly',
      noLegalBasis: 'None',
      notKept: 'No data is kept',
      status: { planned: 'Planned', active: 'Active', inactive: 'Inactive', removed: 'Removed' },
    };
    const data = compactRegister(register, 'en', 'en', fixed);
    expect(data.facets.encryptedInTransit).toEqual({
      values: ['yes', 'partly', 'no'],
      labels: ['Yes', 'Partly', 'No'],
    });
    const found = query(unpack(data), { encryptedInTransit: ['yes'] }, '', 'name', 'en').map((item) => item.id);
    const expected = register.entries.filter((e) => e.security.encryptedInTransit === 'yes').map((e) => e.id);
    expect(found.sort()).toEqual(expected.sort());
    expect(found).not.toContain('parking-sensor-stationskwartier-01');
  });
});

describe('the build day', () => {
  it('is today, unless SOURCE_DATE_EPOCH pins it for a repeatable build', () => {
    expect(buildDay({ SOURCE_DATE_EPOCH: '1796083200' })).toBe('2026-12-01');
    expect(buildDay({})).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('security facts in the open data', () => {
  it('map full encryption and signed updates to DTPR processing elements, and partly to none', () => {
    expect(securityDtprIds(facts({ encryptedAtRest: 'yes' }))).toEqual([
      'transport_layer_security',
      'encrypted_at_rest',
      'code_signing',
    ]);
    expect(securityDtprIds(facts({ encryptedInTransit: 'partly', signedUpdates: false }))).toEqual([]);
  });

  it('are in the CSV, the GeoJSON and the DTPR file of every device', () => {
    const rows = parse(registerCsv(register, context), { bom: true, columns: true }) as Record<string, string>[];
    const old = register.entries.find((e) => e.id === 'parking-sensor-stationskwartier-01')!;
    const row = rows.find((r) => r['id'] === old.id)!;
    expect(row['security_encrypted_in_transit']).toBe('no');
    expect(row['security_updates']).toBe('none');
    expect(row['security_signed_updates']).toBe('no');
    expect(row['security_support_until']).toBe(old.security.supportUntil);
    expect(row['security_note_nl']).toBe(old.security.note!['nl']);
    const feature = JSON.parse(registerGeoJson(register, context)).features.find(
      (f: { id: string }) => f.id === old.id,
    );
    expect(feature.properties.encryptedInTransit).toBe('no');
    const encrypted = register.entries.find(
      (e) => e.security.encryptedInTransit === 'yes' && e.security.signedUpdates,
    )!;
    const dtpr = JSON.parse(dtprJson(encrypted, register, context));
    expect(dtpr.datachain.device__process).toEqual(
      expect.arrayContaining(['transport_layer_security', 'code_signing']),
    );
    expect(dtpr.security.updates).toBe(encrypted.security.updates);
  });

  it('have honest gaps in the demo: unencrypted devices, ended support, no disclosure policy', () => {
    const security = register.entries.map((e) => e.security);
    expect(security.filter((s) => s.encryptedInTransit === 'no').length).toBeGreaterThan(2);
    expect(security.filter((s) => s.encryptedInTransit === 'partly').length).toBeGreaterThan(0);
    expect(security.filter((s) => s.disclosurePolicy === 'none').length).toBeGreaterThan(2);
    expect(security.filter((s) => s.updates === 'none').length).toBeGreaterThan(0);
    expect(security.filter((s) => s.lastIndependentReview !== 'none').length).toBeGreaterThan(10);
  });
});
