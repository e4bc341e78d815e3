import { distanceMetres } from '../geo.ts';
import { facetCounts, facetNames, matches, type FacetName, type FacetValues, type Selection } from './facets.ts';
import type { CompactRegister } from './compact.ts';

/** A compact row unpacked for filtering and display. */
export interface CompactItem {
  id: string;
  name: string;
  lat: number | null;
  lng: number | null;
  updated: string;
  values: FacetValues;
  /** Lowercased name, id and labels, for the text filter. */
  haystack: string;
}

export type SortOrder = 'name' | 'updated' | 'kind' | 'distance';

/** Unpacks the compact file once after it is fetched. */
export function unpack(data: CompactRegister): CompactItem[] {
  return data.rows.map(([id, name, lat, lng, updated, ...indexes]) => {
    const values = Object.fromEntries(
      data.facetOrder.map((facet, position) => {
        const raw = indexes[position]!;
        const list = Array.isArray(raw) ? raw : [raw];
        return [facet, list.map((index) => data.facets[facet].values[index]!)];
      }),
    ) as unknown as FacetValues;
    const labels = (['kind', 'district', 'organisation'] as FacetName[]).flatMap((facet) =>
      values[facet].map((value) => data.facets[facet].labels[data.facets[facet].values.indexOf(value)]),
    );
    return { id, name, lat, lng, updated, values, haystack: normalize([name, id, ...labels].join(' ')) };
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

/** The items that pass the facets and the text filter, in the chosen order. */
export function query(
  items: readonly CompactItem[],
  selection: Selection,
  text: string,
  sort: SortOrder,
  locale: string,
  here?: { lat: number; lng: number },
): CompactItem[] {
  const result = items.filter((item) => matches(item.values, selection) && matchesText(item, text));
  const collator = new Intl.Collator(locale);
  const byName = (a: CompactItem, b: CompactItem) => collator.compare(a.name, b.name);
  const distance = (item: CompactItem) =>
    here && item.lat !== null && item.lng !== null
      ? distanceMetres([here.lng, here.lat], [item.lng, item.lat])
      : Infinity;
  const orders: Record<SortOrder, (a: CompactItem, b: CompactItem) => number> = {
    name: byName,
    updated: (a, b) => b.updated.localeCompare(a.updated) || byName(a, b),
    kind: (a, b) => collator.compare(a.values.kind[0]!, b.values.kind[0]!) || byName(a, b),
    distance: (a, b) => distance(a) - distance(b) || byName(a, b),
  };
  return result.sort(orders[sort]);
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
