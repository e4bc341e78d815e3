import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/fill.ts';
import { searchTypes, type SearchType } from '../../lib/search/index-format.ts';
import { countText } from './count-text.ts';
import { Highlighted } from './Highlighted.tsx';
import { ResultFacts } from './ResultFacts.tsx';
import type { SearchStrings } from './strings.ts';
import { useSearch } from './use-search.ts';

interface Props {
  locale: string;
  metaUrl: string;
  strings: SearchStrings;
}

const PAGE = 20;
type Filter = SearchType | 'all';

function readUrl(): { query: string; type: Filter } {
  const params = new URLSearchParams(location.search);
  const type = params.get('type');
  return {
    query: (params.get('q') ?? '').slice(0, 200),
    type: searchTypes.includes(type as SearchType) ? (type as SearchType) : 'all',
  };
}

/**
 * The search page: a box, a filter by type with counts, and results with the matched words
 * marked. The query is in the address (?q=…&type=…), so results can be shared and bookmarked.
 * Arrow keys move between the box and the results; Escape returns to the box.
 */
export default function SearchPage({ locale, metaUrl, strings }: Props) {
  const { state, run, prepare } = useSearch(locale, metaUrl);
  const [query, setQuery] = useState('');
  const [type, setType] = useState<Filter>('all');
  const [limit, setLimit] = useState(PAGE);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    document.getElementById('search-fallback')?.setAttribute('hidden', '');
    const initial = readUrl();
    // Text typed before the island woke up is kept rather than replaced by the address's query.
    const typed = input.current?.value ?? '';
    setQuery(initial.query || typed);
    setType(initial.type);
    const onPopState = () => {
      const current = readUrl();
      setQuery(current.query);
      setType(current.type);
    };
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    if (query.trim()) void run(query, type, limit);
  }, [query, type, limit]);

  const update = (next: { query?: string; type?: Filter }) => {
    const params = new URLSearchParams();
    const q = next.query ?? query;
    const t = next.type ?? type;
    if (q) params.set('q', q);
    if (t !== 'all') params.set('type', t);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (next.query !== undefined) setQuery(next.query);
    if (next.type !== undefined) setType(next.type);
    setLimit(PAGE);
  };

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
  const onResultsKey = (event: KeyboardEvent) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && at < all.length - 1) all[at + 1]!.focus();
    else if (event.key === 'ArrowUp') (at > 0 ? all[at - 1]! : input.current!).focus();
    else if (event.key === 'Escape') input.current!.focus();
    else return;
    event.preventDefault();
  };
  const onInputKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0]!.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      update({ query: '' });
    }
  };

  const ready = state.status === 'ready' && query.trim() !== '' ? state : undefined;
  const status = !query.trim()
    ? ''
    : state.status === 'loading'
      ? strings.loading
      : state.status === 'error'
        ? strings.error
        : ready
          ? ready.hits.length === 0
            ? fill(strings.noResults, { query: ready.query.trim() })
            : countText(strings.results, locale, ready.hits.length)
          : '';

  return (
    <div class="search-page">
      <form
        role="search"
        class="search-page__form"
        onSubmit={(event) => {
          event.preventDefault();
          update({ query: input.current!.value });
        }}
      >
        <label for="search-page-input">{strings.label}</label>
        <div class="search-page__row">
          <input
            ref={input}
            id="search-page-input"
            type="search"
            name="q"
            autocomplete="off"
            spellcheck={false}
            maxLength={200}
            value={query}
            onFocus={prepare}
            onInput={(event) => update({ query: event.currentTarget.value })}
            onKeyDown={onInputKey}
          />
          <button type="submit">{strings.submit}</button>
        </div>
      </form>
      {ready && ready.outcome.hits.length > 0 && (
        <fieldset class="search-page__filter">
          <legend>{strings.filter}</legend>
          {(['all', ...searchTypes] as Filter[])
            .filter((option) => option === 'all' || ready.outcome.counts[option] > 0)
            .map((option) => (
              <label>
                <input
                  type="radio"
                  name="type"
                  value={option}
                  checked={type === option}
                  onChange={() => update({ type: option })}
                />
                {option === 'all' ? strings.all : strings.types[option]} (
                {(option === 'all' ? ready.outcome.hits.length : ready.outcome.counts[option]).toLocaleString(locale)})
              </label>
            ))}
        </fieldset>
      )}
      <p role="status" class="search-page__status">
        {status}
      </p>
      {ready && (
        <ol ref={list} class="search-results" data-query={ready.query} onKeyDown={onResultsKey}>
          {ready.shown.map((result) => (
            <li class="search-result">
              <a href={result.href} class="search-result__title" lang={result.lang}>
                <Highlighted text={result.title} matched={ready.outcome.matched} rules={ready.engine.rules} />
              </a>
              <ResultFacts result={result} strings={strings} />
              <p class="search-result__snippet" lang={result.lang}>
                <Highlighted text={result.snippet} matched={ready.outcome.matched} rules={ready.engine.rules} />
              </p>
            </li>
          ))}
        </ol>
      )}
      {ready && ready.shown.length < ready.hits.length && (
        <button type="button" class="search-page__more" onClick={() => setLimit(limit + PAGE)}>
          {strings.showMore}
        </button>
      )}
    </div>
  );
}
