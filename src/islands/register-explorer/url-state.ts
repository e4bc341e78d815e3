import { selectionFromQuery, selectionToQuery, type FacetName, type Selection } from '../../lib/register/facets.ts';
import { sortKeys, type SortOrder } from '../../lib/register/compact-query.ts';

/** What the address bar holds: facet choices, the text filter and the order. */
export interface ExplorerState {
  selection: Selection;
  text: string;
  sort: SortOrder;
  /** Reversed order (`order=desc`), from a table column header clicked twice. */
  descending: boolean;
}

/** Reads the state from `location.search`, ignoring anything unknown (hand-edited or old links). */
export function readState(search: string, known: Record<FacetName, readonly string[]>): ExplorerState {
  const query = new URLSearchParams(search);
  const sort = query.get('sort') as SortOrder | null;
  return {
    selection: selectionFromQuery(query, known),
    text: (query.get('q') ?? '').slice(0, 200),
    // Distance needs the reader's position, which a link does not carry.
    sort: sort && sortKeys.includes(sort) && sort !== 'distance' ? sort : 'name',
    descending: query.get('order') === 'desc',
  };
}

/** The query string for a state; defaults are left out so a plain list has a plain URL. */
export function writeState(state: ExplorerState): string {
  const query = selectionToQuery(state.selection);
  if (state.text.trim()) query.set('q', state.text.trim());
  if (state.sort !== 'name' && state.sort !== 'distance') query.set('sort', state.sort);
  if (state.descending) query.set('order', 'desc');
  const text = query.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
