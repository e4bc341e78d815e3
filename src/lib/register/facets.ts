/**
 * Facets of the register: the ways residents can narrow the list. Shared by the build (counts
 * in the HTML, the compact data file) and the island (instant filtering), so both agree.
 */
export const facetNames = [
  'kind',
  'district',
  'purpose',
  'technology',
  'dataType',
  'personalData',
  'organisation',
  'status',
  'legalBasis',
  'encryptedInTransit',
] as const;
export type FacetName = (typeof facetNames)[number];

/** What the filter works on: for each facet, the values an entry has. */
export type FacetValues = Record<FacetName, readonly string[]>;

/** Chosen values per facet; an empty or missing facet does not filter. */
export type Selection = Partial<Record<FacetName, readonly string[]>>;

/** An entry matches when, in every facet with a choice, it has at least one chosen value. */
export function matches(values: FacetValues, selection: Selection): boolean {
  return facetNames.every((facet) => {
    const chosen = selection[facet];
    return !chosen || chosen.length === 0 || chosen.some((value) => values[facet].includes(value));
  });
}

/**
 * Counts per facet value among the entries that match every other facet's choice: the number a
 * checkbox shows is how many results ticking it would add (standard faceted-search behaviour).
 */
export function facetCounts(
  items: readonly FacetValues[],
  selection: Selection,
): Record<FacetName, Map<string, number>> {
  const counts = Object.fromEntries(facetNames.map((facet) => [facet, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  for (const item of items) {
    for (const facet of facetNames) {
      const others = { ...selection, [facet]: [] };
      if (!matches(item, others)) continue;
      for (const value of item[facet]) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** Reads a selection from a URL query: `?kind=a,b&district=c`. Unknown facets and values are ignored. */
export function selectionFromQuery(query: URLSearchParams, known: Record<FacetName, readonly string[]>): Selection {
  const selection: Selection = {};
  for (const facet of facetNames) {
    const raw = query.get(facet);
    if (!raw) continue;
    const values = [...new Set(raw.split(','))].filter((value) => known[facet].includes(value));
    if (values.length > 0) selection[facet] = values;
  }
  return selection;
}

/** Writes a selection into a URL query in a stable order, so equal filters give equal URLs. */
export function selectionToQuery(selection: Selection, query = new URLSearchParams()): URLSearchParams {
  for (const facet of facetNames) {
    const values = selection[facet];
    if (values && values.length > 0) query.set(facet, [...values].sort().join(','));
    else query.delete(facet);
  }
  return query;
}
