import type { FacetName } from '../../lib/register/facets.ts';
import type { SelectionCsvHeadings } from '../../lib/register/selection-csv.ts';

/** UI text the explorer needs, translated on the server and passed as props. */
export interface ExplorerStrings {
  filters: string;
  /** The button that opens the filters on phones. */
  filtersButton: string;
  /** "{{count}} chosen" beside it, keyed by plural category. */
  filtersChosen: Record<string, string>;
  /** The button that closes the filters and shows the list: "Show {{count}} devices". */
  showResults: Record<string, string>;
  textFilter: string;
  clearFilters: string;
  sortBy: string;
  sortName: string;
  sortUpdated: string;
  sortDistance: string;
  /** The view switch: cards or a table. */
  viewLabel: string;
  viewCards: string;
  viewTable: string;
  tableCaption: string;
  /** Column headings of the table and the CSV download (also sort choices). */
  columns: SelectionCsvHeadings;
  download: string;
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
