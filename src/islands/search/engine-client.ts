import { openSearch, type SearchEngine } from '../../lib/search/engine.ts';

const engines = new Map<string, Promise<SearchEngine>>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The search engine of a language, opened once per page; a failed open can be tried again. */
export function searchEngine(locale: string, metaUrl: string): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = openSearch(locale, metaUrl, fetchJson);
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}
