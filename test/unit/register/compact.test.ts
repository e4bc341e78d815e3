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
import { selectionCsv } from '../../../src/lib/register/selection-csv.ts';
import { parse } from 'csv-parse/sync';

const { register } = readRegister('content');
const fixed = {
  yes: 'Yes',
  no: 'No',
  partly: 'Partly',
  noLegalBasis: 'None',
  notKept: 'No data is kept',
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

  it("carries each entry's retention in words, and labels for the table", () => {
    const entry = register.entries.find((e) => e.retention === 'PT72H')!;
    const item = items.find((i) => i.id === entry.id)!;
    expect(item.retention).toBe('PT72H');
    expect(item.labels.retention).toBe('72 hours');
    expect(item.labels.personalData).toBe(entry.personalData ? 'Yes' : 'No');
    const kept = items.find((i) => i.retention === 'none')!;
    expect(kept.labels.retention).toBe('No data is kept');
  });

  it('sorts by retention length, shortest first or reversed, with names in order among equals', () => {
    const ascending = query(items, {}, '', 'retention', 'en');
    expect(ascending[0]!.retention).toBe('none');
    expect(ascending.at(-1)!.retention).toBe('P10Y');
    const descending = query(items, {}, '', 'retention', 'en', { descending: true });
    expect(descending[0]!.retention).toBe('P10Y');
    const tenYears = descending.filter((i) => i.retention === 'P10Y').map((i) => i.name);
    expect(tenYears).toEqual([...tenYears].sort((a, b) => a.localeCompare(b, 'en')));
    // PT72H (3 days) before P7D (a week), though "P" sorts the other way as text.
    const ids = ascending.map((i) => i.retention);
    expect(ids.indexOf('PT72H')).toBeLessThan(ids.indexOf('P7D'));
  });

  it('sorts columns by the words the reader sees, and names in reverse', () => {
    const byOrganisation = query(items, {}, '', 'organisation', 'en').map((i) => i.labels.organisation);
    expect(byOrganisation).toEqual([...byOrganisation].sort(new Intl.Collator('en').compare));
    const names = query(items, {}, '', 'name', 'en', { descending: true }).map((i) => i.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare).reverse());
  });
});

describe('the CSV of the devices a reader is looking at', () => {
  const headings = {
    name: 'Name',
    kind: 'Kind',
    district: 'District',
    personalData: 'Personal data',
    retention: 'Kept',
    organisation: 'Accountable',
    id: 'Id',
    page: 'Page',
  };
  const page = (id: string) => `https://example.org/en/register/${id}/`;

  it("has a row per device with the table's columns, the id and the page address", () => {
    const selected = query(items, { personalData: ['yes'] }, '', 'name', 'en');
    const csv = selectionCsv(selected, headings, page);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]).toEqual(['Name', 'Kind', 'District', 'Personal data', 'Kept', 'Accountable', 'Id', 'Page']);
    expect(rows).toHaveLength(selected.length + 1);
    const first = selected[0]!;
    expect(rows[1]).toEqual([
      first.name,
      first.labels.kind,
      first.labels.district,
      'Yes',
      first.labels.retention,
      first.labels.organisation,
      first.id,
      `https://example.org/en/register/${first.id}/`,
    ]);
  });

  it('keeps a name that starts like a formula from running in a spreadsheet', () => {
    const hostile = { ...items[0]!, name: '=HYPERLINK("https://evil.example")' };
    const rows = parse(selectionCsv([hostile], headings, page).slice(1)) as string[][];
    expect(rows[1]![0]).toBe(`'=HYPERLINK("https://evil.example")`);
  });
});
