import type { FacetName } from '../../lib/register/facets.ts';

/** UI text the explorer needs, translated on the server and passed as props. */
export interface ExplorerStrings {
  filters: string;
  textFilter: string;
  clearFilters: string;
  sortBy: string;
  sortName: string;
  sortUpdated: string;
  sortKind: string;
  sortDistance: string;
  showMore: string;
  noResults: string;
  /** Result count sentences keyed by plural category (Intl.PluralRules), with {{count}}. */
  results: Record<string, string>;
  showMap: string;
  hideMap: string;
  mapLabel: string;
  mapLoading: string;
  /** Said while the register is fetched after the first choice. */
  loading: string;
  loadFailed: string;
  mapNote: string;
  mapLegend: string;
  nearMe: string;
  nearMeNote: string;
  nearMeUnavailable: string;
  personalData: string;
  noPersonalData: string;
  facets: Record<FacetName, string>;
}
