import type { FacetValues } from './facets.ts';
import type { RegisterEntry } from './load-register.ts';

/** The value ids an entry has in each facet. `none` stands for "no legal basis needed". */
export function entryFacetValues(entry: RegisterEntry): FacetValues {
  return {
    kind: [entry.kind],
    district: entry.districts,
    purpose: entry.purposes,
    technology: entry.technology,
    dataType: entry.dataTypes,
    personalData: [entry.personalData ? 'yes' : 'no'],
    organisation: [entry.organisation],
    status: [entry.status],
    legalBasis: [entry.legalBasis?.basis ?? 'none'],
    encryptedInTransit: [entry.security.encryptedInTransit],
  };
}
