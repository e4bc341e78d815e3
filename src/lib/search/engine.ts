import {
  searchFileUrl,
  searchTypes,
  type DisplayRecord,
  type SearchMeta,
  type SearchType,
  type TermShard,
} from './index-format.ts';
import { wordRules, type WordRules } from './language.ts';
import { LoadedIndex } from './loaded-index.ts';
import { planQuery, termRanges, type QueryWord } from './query.ts';

/** One matching document, best first. */
export interface SearchHit {
  document: number;
  type: SearchType;
  score: number;
}

/** What a query found. */
export interface SearchOutcome {
  query: string;
  /** Matches of every type, best first. */
  hits: SearchHit[];
  counts: Record<SearchType, number>;
  /** The index terms that matched, to highlight in titles and snippets. */
  matched: ReadonlySet<string>;
}

/** A result ready to show. */
export interface ShownResult {
  type: SearchType;
  href: string;
  title: string;
  snippet: string;
  /** Language of title and snippet when not the page's (an untranslated lesson). */
  lang?: string;
  sensor?: { kind: string; districts: string; personalData: boolean };
  /** Other results' facts in words: an advisory's severity and status. */
  facts?: string;
}

/** Reads a JSON file of the index; the browser passes `fetch`, tests read files. */
export type FetchJson = (url: string) => Promise<unknown>;

export interface SearchEngine {
  readonly locale: string;
  readonly rules: WordRules;
  /** Searches; resolves with no hits for input that has no searchable words. Never rejects on input. */
  search(query: string): Promise<SearchOutcome>;
  /** The display data of some hits (fetches only the chunks they are in). */
  show(hits: readonly SearchHit[]): Promise<ShownResult[]>;
}

const emptyCounts = (): Record<SearchType, number> =>
  Object.fromEntries(searchTypes.map((type) => [type, 0])) as Record<SearchType, number>;

/** Boosts: an exact (stemmed) match counts most, a prefix less, a word with a typo least. */
const EXACT = 10;
const PREFIX = 3;
const TYPO = 1;

/** Shard numbers whose alphabetical range meets [first, last]. */
function shardsMeeting(firsts: readonly string[], [first, last]: [string, string]): number[] {
  let start = 0;
  while (start + 1 < firsts.length && firsts[start + 1]! <= first) start++;
  const found: number[] = [];
  for (let i = start; i < firsts.length && firsts[i]! <= last; i++) found.push(i);
  if (found.length === 0 && firsts.length > 0) found.push(start);
  return found;
}

/**
 * Opens one language's index from its meta file, loading the language's stemmer at the same
 * time. Fetches nothing else until a query needs it.
 */
export async function openSearch(locale: string, metaUrl: string, fetchJson: FetchJson): Promise<SearchEngine> {
  const [meta, rules] = await Promise.all([fetchJson(metaUrl) as Promise<SearchMeta>, wordRules(locale)]);
  const firsts = meta.shards.map(([first]) => first);
  const loaded = new LoadedIndex();
  const shardLoads = new Map<number, Promise<void>>();
  const chunkLoads = new Map<number, Promise<DisplayRecord[]>>();
  const typeStarts: [SearchType, number][] = [];
  let total = 0;
  for (const type of searchTypes) {
    typeStarts.push([type, total]);
    total += meta.counts[type];
  }
  const typeOf = (document: number): SearchType => {
    let type: SearchType = searchTypes[0];
    for (const [candidate, start] of typeStarts) if (document >= start && meta.counts[candidate] > 0) type = candidate;
    return type;
  };

  const loadShards = (numbers: Iterable<number>) =>
    Promise.all(
      [...numbers].map((number) => {
        let load = shardLoads.get(number);
        if (!load) {
          load = fetchJson(searchFileUrl(meta, 't', number)).then((shard) => loaded.add(shard as TermShard));
          load.catch(() => shardLoads.delete(number));
          shardLoads.set(number, load);
        }
        return load;
      }),
    );

  /** Every document's score for one word in any of its forms (0: no match). */
  const matchWord = (word: QueryWord, matched: Set<string>, cache: Map<string, Float64Array>) => {
    const key = `${word.raw}|${word.prefix}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const scores = new Float64Array(total);
    const add = (term: string, boost: number) => {
      if (loaded.addScores(term, boost, scores)) matched.add(term);
    };
    for (const term of loaded.expand(word.stem, { kind: 'exact' })) add(term, EXACT);
    if (word.prefix) {
      const prefixes = new Set([word.raw, ...(word.stem.length >= 3 ? [word.stem] : [])]);
      for (const prefix of prefixes) for (const term of loaded.expand(prefix, { kind: 'prefix' })) add(term, PREFIX);
    }
    if (word.typos > 0)
      for (const term of loaded.expand(word.stem, { kind: 'typos', edits: word.typos })) add(term, TYPO);
    cache.set(key, scores);
    return scores;
  };

  const search = async (query: string): Promise<SearchOutcome> => {
    const alternatives = planQuery(query, rules);
    const matched = new Set<string>();
    const outcome = { query, hits: [] as SearchHit[], counts: emptyCounts(), matched };
    if (alternatives.length === 0) return outcome;
    const needed = new Set<number>();
    for (const alternative of alternatives)
      for (const word of alternative)
        for (const range of termRanges(word)) for (const number of shardsMeeting(firsts, range)) needed.add(number);
    await loadShards(needed);

    const cache = new Map<string, Float64Array>();
    const best = new Float64Array(total);
    for (const alternative of alternatives) {
      const perWord = alternative.map((word) => matchWord(word, matched, cache));
      for (let document = 0; document < total; document++) {
        let sum = 0;
        for (const scores of perWord) {
          const score = scores[document]!;
          if (score === 0) {
            sum = 0;
            break;
          }
          sum += score;
        }
        if (sum > best[document]!) best[document] = sum;
      }
    }
    for (let document = 0; document < total; document++) {
      const score = best[document]!;
      if (score === 0) continue;
      const type = typeOf(document);
      outcome.hits.push({ document, type, score });
      outcome.counts[type]++;
    }
    outcome.hits.sort((a, b) => b.score - a.score || a.document - b.document);
    return outcome;
  };

  const loadChunk = (number: number) => {
    let load = chunkLoads.get(number);
    if (!load) {
      load = fetchJson(searchFileUrl(meta, 'd', number)) as Promise<DisplayRecord[]>;
      load.catch(() => chunkLoads.delete(number));
      chunkLoads.set(number, load);
    }
    return load;
  };

  const show = async (hits: readonly SearchHit[]): Promise<ShownResult[]> => {
    const chunks = new Map<number, DisplayRecord[]>();
    const numbers = [...new Set(hits.map((hit) => Math.floor(hit.document / meta.chunkSize)))];
    await Promise.all(numbers.map(async (number) => chunks.set(number, await loadChunk(number))));
    return hits.map((hit) => {
      const record = chunks.get(Math.floor(hit.document / meta.chunkSize))![hit.document % meta.chunkSize]!;
      const [type, target, title, snippet, lang] = record;
      return {
        type,
        href: type === 'sensor' ? `/${meta.locale}/register/${target}/` : target,
        title,
        snippet,
        ...(lang ? { lang } : {}),
        ...(record.length === 8
          ? { sensor: { kind: record[5], districts: record[6], personalData: record[7] === 1 } }
          : {}),
        ...(record.length === 6 ? { facts: record[5] } : {}),
      };
    });
  };

  return { locale: meta.locale, rules, search, show };
}
