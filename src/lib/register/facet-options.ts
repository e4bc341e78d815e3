import { pick } from '../localized.ts';
import type { FacetName } from './facets.ts';
import type { Register } from './load-register.ts';
import type { Term } from '../../schemas/taxonomy.ts';

/** A value a facet can take, with its label in the reader's language. */
export interface FacetOption {
  value: string;
  label: string;
}

/** Labels for the facets whose values are not vocabulary terms. */
export interface FixedLabels {
  yes: string;
  no: string;
  /** For encryption that covers some links or stores but not all. */
  partly: string;
  noLegalBasis: string;
  /** Retention `none`: no data is kept. */
  notKept: string;
  status: Record<'planned' | 'active' | 'inactive' | 'removed', string>;
}

/**
 * Every value of every facet, labelled in one language, in the order filters show them
 * (vocabulary order, districts and organisations by name).
 */
export function facetOptions(
  register: Register,
  locale: string,
  defaultLocale: string,
  fixed: FixedLabels,
): Record<FacetName, FacetOption[]> {
  const label = (text: Record<string, string>) => pick(text, locale, defaultLocale).value;
  const terms = (list: Term[]) => list.map((term) => ({ value: term.id, label: label(term.label) }));
  const byLabel = (options: FacetOption[]) => options.sort((a, b) => a.label.localeCompare(b.label, locale));
  const v = register.vocabularies;
  return {
    kind: terms(v.kinds),
    district: byLabel(register.districts.map((d) => ({ value: d.properties.id, label: label(d.properties.name) }))),
    purpose: terms(v.purposes),
    technology: terms(v.technologies),
    dataType: terms(v['data-types']),
    personalData: [
      { value: 'yes', label: fixed.yes },
      { value: 'no', label: fixed.no },
    ],
    organisation: byLabel(register.organisations.map((o) => ({ value: o.id, label: label(o.name) }))),
    status: (['active', 'planned', 'inactive', 'removed'] as const).map((status) => ({
      value: status,
      label: fixed.status[status],
    })),
    legalBasis: [...terms(register.legalBases), { value: 'none', label: fixed.noLegalBasis }],
    encryptedInTransit: (['yes', 'partly', 'no'] as const).map((level) => ({ value: level, label: fixed[level] })),
  };
}
