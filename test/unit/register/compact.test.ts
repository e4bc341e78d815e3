import { describe, expect, it } from 'vitest';
import { compactRegister } from '../../../src/lib/register/compact.ts';
import {
  countsFor,
  matchesText,
  normalize,
  query,
  registerOverview,
  unpack,
} from '../../../src/lib/register/compact-query.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';

const { register } = readRegister('content');
const fixed = {
  yes: 'Yes',
  no: 'No',
  partly: 'Partly',
  noLegalBasis: 'None',
  status: { planned: 'Planned', active: 'Active', inactive: 'Inactive', removed: 'Removed' },
};
const data = compactRegister(register, 'en', 'en', fixed);
const items = unpack(data);

describe('compact register', () => {
  it('unpacks to the same facet values as the entries', () => {
    expect(items).toHaveLength(register.entries.length);
    const entry = register.entries[0]!;
    const item = items.find((i) => i.id === entry.id)!;
    expect(item.values.kind).toEqual([entry.kind]);
    expect(item.values.purpose).toEqual(entry.purposes);
    expect(item.values.personalData).toEqual([entry.personalData ? 'yes' : 'no']);
  });

  it('filters by kind and district together', () => {
    const result = query(items, { kind: ['anpr-camera'], district: ['centrum'] }, '', 'name', 'en');
    expect(result.length).toBeGreaterThan(0);
    for (const item of result) {
      expect(item.values.kind).toEqual(['anpr-camera']);
      expect(item.values.district).toContain('centrum');
    }
  });

  it('matches every word of the text filter, ignoring case, accents and hyphens', () => {
    expect(normalize('Café-Wi-Fi')).toBe('cafe wi fi');
    const [first] = items;
    expect(matchesText(first!, first!.name.toUpperCase())).toBe(true);
    expect(matchesText(first!, `${first!.name} zzzz`)).toBe(false);
  });

  it('counts facet values for the current choice', () => {
    const counts = countsFor(items, { personalData: ['no'] }, '');
    expect(counts.personalData.get('yes')).toBe(items.filter((i) => i.values.personalData[0] === 'yes').length);
    expect([...counts.kind.values()].reduce((a, b) => a + b, 0)).toBe(
      items.filter((i) => i.values.personalData[0] === 'no').length,
    );
  });

  it('stays small: under 200 bytes per entry', () => {
    expect(JSON.stringify(data).length / items.length).toBeLessThan(200);
  });

  it('gives the explorer, before it fetches the register, the counts of a reader who chose nothing', () => {
    const overview = registerOverview(data);
    expect(overview.total).toBe(register.entries.length);
    expect(overview.facets).toEqual(data.facets);
    const anpr = register.entries.filter((entry) => entry.kind === 'anpr-camera').length;
    expect(overview.counts.kind['anpr-camera']).toBe(anpr);
    expect(overview.counts.personalData['yes']! + overview.counts.personalData['no']!).toBe(register.entries.length);
    // Plain objects: they travel as island props (JSON), where a Map would arrive empty.
    expect(JSON.parse(JSON.stringify(overview))).toEqual(overview);
  });
});
