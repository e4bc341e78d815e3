import type { SearchType } from '../../lib/search/index-format.ts';

/** UI text search needs, translated on the server and passed as props or a data attribute. */
export interface SearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  loading: string;
  error: string;
  /** With {{query}}. */
  noResults: string;
  /** With {{query}}. */
  showAll: string;
  showMore: string;
  filter: string;
  all: string;
  suggestions: string;
  keyboardHint: string;
  /** Result count sentences keyed by plural category (Intl.PluralRules), with {{count}}. */
  results: Record<string, string>;
  /** Names of the result types for the filter ("Sensors"). */
  types: Record<SearchType, string>;
  /** A result's type ("Sensor"). */
  kinds: Record<SearchType, string>;
  personalData: string;
  noPersonalData: string;
}

/** What a result's fact line needs. */
export type FactStrings = Pick<SearchStrings, 'kinds' | 'personalData' | 'noPersonalData'>;

/** What the header box's suggestions need: every page carries these, so only these. */
const HEADER_KEYS = [
  'loading',
  'error',
  'noResults',
  'showAll',
  'suggestions',
  'keyboardHint',
  'results',
  'kinds',
  'personalData',
  'noPersonalData',
] as const satisfies readonly (keyof SearchStrings)[];

export type HeaderSearchStrings = Pick<SearchStrings, (typeof HEADER_KEYS)[number]>;

export function headerSearchStrings(strings: SearchStrings): HeaderSearchStrings {
  return Object.fromEntries(HEADER_KEYS.map((key) => [key, strings[key]])) as HeaderSearchStrings;
}
