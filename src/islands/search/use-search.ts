import { useCallback, useRef, useState } from 'preact/hooks';
import type { SearchEngine, SearchHit, SearchOutcome, ShownResult } from '../../lib/search/engine.ts';
import type { SearchType } from '../../lib/search/index-format.ts';
import { searchEngine } from './engine-client.ts';

/** What the search shows right now. */
export type SearchState =
  | { status: 'idle' | 'loading' | 'error'; query: string }
  | {
      status: 'ready';
      query: string;
      engine: SearchEngine;
      outcome: SearchOutcome;
      /** Hits of the chosen type. */
      hits: SearchHit[];
      shown: ShownResult[];
    };

/**
 * Runs searches in order: a slow answer to an older query never replaces a newer one. The index
 * is opened on the first call, which the box makes on focus, never when the page loads.
 */
export function useSearch(locale: string, metaUrl: string) {
  const [state, setState] = useState<SearchState>({ status: 'idle', query: '' });
  const latest = useRef(0);

  const run = useCallback(
    async (query: string, type: SearchType | 'all', limit: number) => {
      const id = ++latest.current;
      const opening = searchEngine(locale, metaUrl);
      const timer = setTimeout(() => {
        if (id === latest.current) setState({ status: 'loading', query });
      }, 300);
      try {
        const engine = await opening;
        const outcome = await engine.search(query);
        const hits = type === 'all' ? outcome.hits : outcome.hits.filter((hit) => hit.type === type);
        const shown = await engine.show(hits.slice(0, limit));
        if (id === latest.current) setState({ status: 'ready', query, engine, outcome, hits, shown });
      } catch {
        if (id === latest.current) setState({ status: 'error', query });
      } finally {
        clearTimeout(timer);
      }
    },
    [locale, metaUrl],
  );

  /** Opens the index without searching (on focus), so the first keystroke finds it ready. */
  const prepare = useCallback(() => {
    searchEngine(locale, metaUrl).catch(() => {
      // Reported when a search is run.
    });
  }, [locale, metaUrl]);

  return { state, run, prepare };
}
