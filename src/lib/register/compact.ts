import { pick } from '../localized.ts';
import { iconPaths, type IconName } from '../icons.ts';
import { facetNames, type FacetName } from './facets.ts';
import { entryFacetValues } from './entry-facets.ts';
import type { Register } from './load-register.ts';
import { facetOptions, type FixedLabels } from './facet-options.ts';
import { formatDuration, parseRetention } from './retention.ts';

/**
 * One entry in the compact file: [id, name, lat, lng, updated, retention index, ...facet value
 * indexes]. Retention and facet values are indexes into `retentions` and `facets[facet].values`
 * (arrays for multi-valued facets), so that 10,000 entries stay small. Points have lat/lng; area
 * entries have null.
 */
export type CompactRow = [string, string, number | null, number | null, string, number, ...(number | number[])[]];

/** The data the register island filters, in one language. */
export interface CompactRegister {
  /** Bumped when the row layout changes. */
  version: 2;
  locale: string;
  /** Facet order of the row's tail. */
  facetOrder: readonly FacetName[];
  facets: Record<FacetName, { values: string[]; labels: string[] }>;
  /** Icon path data for each kind, in the order of `facets.kind.values`. */
  kindIcons: string[];
  /**
   * The register's retention periods (ISO 8601 durations, or `none`) with their words in this
   * language, formatted at build time: not every reader's browser has Intl.DurationFormat.
   */
  retentions: { values: string[]; labels: string[] };
  rows: CompactRow[];
}

/** Builds the compact register for one language. */
export function compactRegister(
  register: Register,
  locale: string,
  defaultLocale: string,
  fixed: FixedLabels,
): CompactRegister {
  const options = facetOptions(register, locale, defaultLocale, fixed);
  const facets = Object.fromEntries(
    facetNames.map((facet) => [
      facet,
      { values: options[facet].map((o) => o.value), labels: options[facet].map((o) => o.label) },
    ]),
  ) as CompactRegister['facets'];
  const index = Object.fromEntries(
    facetNames.map((facet) => [facet, new Map(facets[facet].values.map((value, i) => [value, i]))]),
  ) as Record<FacetName, Map<string, number>>;
  const retentionValues = [...new Set(register.entries.map((entry) => entry.retention))].sort();
  const retentions = {
    values: retentionValues,
    labels: retentionValues.map((value) => {
      const parts = parseRetention(value);
      return parts ? formatDuration(parts, locale) : fixed.notKept;
    }),
  };
  const rows = register.entries.map((entry): CompactRow => {
    const values = entryFacetValues(entry);
    const point = entry.location.type === 'point' ? entry.location : null;
    return [
      entry.id,
      pick(entry.name, locale, defaultLocale).value,
      point ? point.lat : null,
      point ? point.lng : null,
      entry.updated,
      retentionValues.indexOf(entry.retention),
      ...facetNames.map((facet) => {
        const indexes = values[facet].map((value) => index[facet].get(value)!);
        return indexes.length === 1 ? indexes[0]! : indexes;
      }),
    ];
  });
  const kindIcons = register.vocabularies.kinds.map((term) => iconPaths[term.icon as IconName] ?? iconPaths.sensor);
  return { version: 2, locale, facetOrder: facetNames, facets, kindIcons, retentions, rows };
}
