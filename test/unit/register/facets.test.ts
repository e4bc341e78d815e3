import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  matches,
  selectionFromQuery,
  selectionToQuery,
  type FacetValues,
} from '../../../src/lib/register/facets.ts';

const item = (kind: string, district: string, personal: 'yes' | 'no'): FacetValues => ({
  kind: [kind],
  district: [district],
  purpose: ['mobility'],
  technology: ['radar'],
  dataType: ['counts'],
  personalData: [personal],
  organisation: ['city'],
  status: ['active'],
  legalBasis: ['none'],
  encryptedInTransit: [personal === 'yes' ? 'yes' : 'no'],
});
const items = [item('camera', 'centrum', 'yes'), item('camera', 'west', 'yes'), item('counter', 'centrum', 'no')];

describe('facets', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    expect(items.filter((i) => matches(i, { kind: ['camera', 'counter'], district: ['centrum'] }))).toHaveLength(2);
    expect(items.filter((i) => matches(i, { kind: ['camera'], personalData: ['no'] }))).toHaveLength(0);
    expect(items.filter((i) => matches(i, {}))).toHaveLength(3);
  });

  it("counts each facet's values against the other facets' choices", () => {
    const counts = facetCounts(items, { kind: ['camera'] });
    expect(counts.kind.get('counter')).toBe(1);
    expect(counts.district.get('centrum')).toBe(1);
    expect(counts.district.get('west')).toBe(1);
    expect(counts.personalData.get('no')).toBeUndefined();
  });

  it('round-trips the selection through a stable query string and drops unknown values', () => {
    const known = {
      ...Object.fromEntries(Object.keys(items[0]!).map((f) => [f, [] as string[]])),
      kind: ['camera', 'counter'],
      district: ['centrum'],
    };
    const query = selectionToQuery({ kind: ['counter', 'camera'], district: ['centrum'] });
    expect(query.toString()).toBe('kind=camera%2Ccounter&district=centrum');
    const parsed = selectionFromQuery(new URLSearchParams('kind=camera,<script>&district=centrum&x=1'), known as never);
    expect(parsed).toEqual({ kind: ['camera'], district: ['centrum'] });
  });
});
