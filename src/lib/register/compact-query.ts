import { distanceMetres } from '../geo.ts';
import { facetCounts, facetNames, matches, type FacetName, type FacetValues, type Selection } from './facets.ts';
import type { CompactRegister } from './compact.ts';
import { retentionHours } from './retention.ts';

/** A compact row unpacked for filtering and display. */
export interface CompactItem {
  id: string;
  name: string;
  lat: number | null;
  lng: number | null;
  updated: string;
  /** ISO 8601 duration, or `none`. */
  retention: string;
  /** Its approximate length, for sorting. */
  retentionHours: number;
  values: FacetValues;
  /** What the table, the CSV download and sorting show, in the file's language. */
  labels: ItemLabels;
  /** Lowercased name, id and labels, for the text filter. */
  haystack: string;
}

/** The words of an item's table columns; districts are joined with ", ". */
export interface ItemLabels {
  kind: string;
  district: string;
  personalData: string;
  retention: string;
  organisation: string;
}

/** What the list can be sorted by: each column of the table, the last change and (near me) distance. */
export const sortKeys = [
  'name',
  'kind',
  'district',
  'personalData',
  'retention',
  'organisation',
  'updated',
  'distance',
] as const;
export type SortOrder = (typeof sortKeys)[number];

/** Unpacks the compact file once after it is fetched. */
export function unpack(data: CompactRegister): CompactItem[] {
  return data.rows.map(([id, name, lat, lng, updated, retentionIndex, ...indexes]) => {
    const values = Object.fromEntries(
      data.facetOrder.map((facet, position) => {
        const raw = indexes[position]!;
        const list = Array.isArray(raw) ? raw : [raw];
        return [facet, list.map((index) => data.facets[facet].values[index]!)];
      }),
    ) as unknown as FacetValues;
    const label = (facet: FacetName) =>
      values[facet].map((value) => data.facets[facet].labels[data.facets[facet].values.indexOf(value)]!).join(', ');
    const labels: ItemLabels = {
      kind: label('kind'),
      district: label('district'),
      personalData: label('personalData'),
      retention: data.retentions.labels[retentionIndex]!,
      organisation: label('organisation'),
    };
    const retention = data.retentions.values[retentionIndex]!;
    const haystack = normalize([name, id, labels.kind, labels.district, labels.organisation].join(' '));
    return {
      id,
      name,
      lat,
      lng,
      updated,
      retention,
      retentionHours: retentionHours(retention),
      values,
      labels,
      haystack,
    };
  });
}

/** Lowercase, accents removed, hyphens as spaces: "Café-Wi-Fi" -> "cafe wi fi". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-_/.,]+/g, ' ');
}

/** Every word of the text filter must appear somewhere in the entry's name, id or labels. */
export function matchesText(item: CompactItem, query: string): boolean {
  const words = normalize(query).split(/\s+/).filter(Boolean);
  return words.every((word) => item.haystack.includes(word));
}

/** How the list is ordered: a key, and whether reversed (a column header clicked twice). */
export interface QueryOptions {
  descending?: boolean;
  /** The reader's position, for sorting by distance. */
  here?: { lat: number; lng: number } | undefined;
}

/**
 * The items that pass the facets and the text filter, in the chosen order. Columns sort by the
 * words the reader sees (retention by its length); equal values keep name order, even reversed.
 */
export function query(
  items: readonly CompactItem[],
  selection: Selection,
  text: string,
  sort: SortOrder,
  locale: string,
  { descending = false, here }: QueryOptions = {},
): CompactItem[] {
  const result = items.filter((item) => matches(item.values, selection) && matchesText(item, text));
  const collator = new Intl.Collator(locale);
  const distance = (item: CompactItem) =>
    here && item.lat !== null && item.lng !== null
      ? distanceMetres([here.lng, here.lat], [item.lng, item.lat])
      : Infinity;
  const byLabel = (key: keyof ItemLabels) => (a: CompactItem, b: CompactItem) =>
    collator.compare(a.labels[key], b.labels[key]);
  const orders: Record<SortOrder, (a: CompactItem, b: CompactItem) => number> = {
    name: () => 0,
    kind: byLabel('kind'),
    district: byLabel('district'),
    personalData: byLabel('personalData'),
    retention: (a, b) => a.retentionHours - b.retentionHours,
    organisation: byLabel('organisation'),
    // "Recently changed": newest first.
    updated: (a, b) => b.updated.localeCompare(a.updated),
    distance: (a, b) => distance(a) - distance(b),
  };
  const direction = descending ? -1 : 1;
  const primary = orders[sort];
  const byName = (a: CompactItem, b: CompactItem) => collator.compare(a.name, b.name);
  return result.sort((a, b) =>
    sort === 'name' ? direction * byName(a, b) : direction * primary(a, b) || byName(a, b),
  );
}

/** Facet counts for the current choice (see facetCounts), on compact items. */
export function countsFor(items: readonly CompactItem[], selection: Selection, text: string) {
  return facetCounts(
    items.filter((item) => matchesText(item, text)).map((item) => item.values),
    selection,
  );
}

/**
 * What the explorer shows before it has fetched the register: the facets with their counts when
 * nothing is chosen, and the total. Made at build time and passed as props, so the filters appear
 * at once and the register itself (140 KB gzip at 10,000 sensors) is fetched only when used.
 */
export interface RegisterOverview {
  facets: CompactRegister['facets'];
  counts: Record<FacetName, Record<string, number>>;
  total: number;
}

export function registerOverview(data: CompactRegister): RegisterOverview {
  const counts = countsFor(unpack(data), {}, '');
  return {
    facets: data.facets,
    counts: Object.fromEntries(facetNames.map((facet) => [facet, Object.fromEntries(counts[facet])])) as Record<
      FacetName,
      Record<string, number>
    >,
    total: data.rows.length,
  };
}
