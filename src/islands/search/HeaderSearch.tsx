import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../lib/fill.ts';
import { countText } from './count-text.ts';
import { Highlighted } from './Highlighted.tsx';
import { ResultFacts } from './ResultFacts.tsx';
import type { HeaderSearchStrings } from './strings.ts';
import { useSearch } from './use-search.ts';

interface Props {
  /** The header's search field, which works as a plain form without JavaScript. */
  input: HTMLInputElement;
  locale: string;
  metaUrl: string;
  /** The search page, e.g. /nl/search/. */
  searchPage: string;
  strings: HeaderSearchStrings;
}

/** Suggestions shown under the header box; the search page shows all. */
const SUGGESTIONS = 6;

/**
 * The header box as a combobox (WAI-ARIA APG pattern): suggestions appear as you type, the
 * arrows move through them, Enter opens one (or the search page), Escape closes the list.
 */
export default function HeaderSearch({ input, locale, metaUrl, searchPage, strings }: Props) {
  const { state, run, prepare } = useSearch(locale, metaUrl);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${input.id}-suggestions`;
  const hintId = `${input.id}-hint`;
  const allHref = `${searchPage}?q=${encodeURIComponent(input.value.trim())}`;
  const options = state.status === 'ready' && state.query.trim() ? [...state.shown.map((r) => r.href), allHref] : [];
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const activeRef = useRef(active);
  activeRef.current = active;

  useEffect(() => {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-describedby', hintId);
    const search = () => {
      setActive(-1);
      if (input.value.trim() === '') {
        setOpen(false);
        return;
      }
      setOpen(true);
      void run(input.value, 'all', SUGGESTIONS);
    };
    const onKey = (event: KeyboardEvent) => {
      const count = optionsRef.current.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current) => (step > 0 ? (current + 1) % count : current <= 0 ? count - 1 : current - 1));
      } else if (event.key === 'Enter' && activeRef.current >= 0 && activeRef.current < count) {
        event.preventDefault();
        location.assign(optionsRef.current[activeRef.current]!);
      } else if (event.key === 'Escape') {
        // The first Escape only closes the list (a search field would otherwise clear itself).
        if (input.getAttribute('aria-expanded') === 'true') {
          event.preventDefault();
          setOpen(false);
        }
        setActive(-1);
      }
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && input.form?.contains(event.relatedTarget))) setOpen(false);
    };
    prepare();
    input.addEventListener('input', search);
    input.addEventListener('keydown', onKey);
    input.addEventListener('focusout', onFocusOut);
    if (input.value.trim()) search();
    return () => {
      input.removeEventListener('input', search);
      input.removeEventListener('keydown', onKey);
      input.removeEventListener('focusout', onFocusOut);
    };
  }, [input]);

  const expanded = open && options.length > 0;
  useEffect(() => {
    input.setAttribute('aria-expanded', String(expanded));
    if (expanded && active >= 0 && active < options.length)
      input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
    if (expanded && active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  });

  const status = !open
    ? ''
    : state.status === 'loading'
      ? strings.loading
      : state.status === 'error'
        ? strings.error
        : state.status === 'ready' && state.query.trim()
          ? state.outcome.hits.length === 0
            ? fill(strings.noResults, { query: state.query.trim() })
            : countText(strings.results, locale, state.outcome.hits.length)
          : '';

  return (
    <>
      <p id={hintId} class="visually-hidden">
        {strings.keyboardHint}
      </p>
      <p class="visually-hidden" role="status">
        {status}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={strings.suggestions}
        class="search-popup__list"
        hidden={!expanded}
        data-query={state.status === 'ready' ? state.query : undefined}
      >
        {state.status === 'ready' &&
          state.shown.map((result, i) => (
            <li
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              class="search-popup__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => location.assign(result.href)}
            >
              <span class="search-popup__title" lang={result.lang}>
                <Highlighted text={result.title} matched={state.outcome.matched} rules={state.engine.rules} />
              </span>
              <ResultFacts result={result} strings={strings} />
            </li>
          ))}
        {expanded && (
          <li
            id={`${listId}-${options.length - 1}`}
            role="option"
            aria-selected={active === options.length - 1}
            class="search-popup__option search-popup__all"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => location.assign(allHref)}
          >
            {fill(strings.showAll, { query: input.value.trim() })}
          </li>
        )}
      </ul>
    </>
  );
}
