/** The kinds of result, in the order documents are numbered and the type filter lists them. */
export const searchTypes = ['page', 'advisory', 'lesson', 'quiz', 'glossary', 'sensor'] as const;
export type SearchType = (typeof searchTypes)[number];

/**
 * The files search reads, per language. lunr's own serialization stores every (term, field,
 * document) twice, once in the inverted index and once in the document's field vector, with the
 * document's full reference each time; these files store it once, with numbers:
 *
 * - the meta file `/data/search/<lang>.json` (small, not fingerprinted: the entry point);
 * - term shards: the postings of an alphabetical range of terms; a query fetches only the shards
 *   its words fall in, and the browser rebuilds a lunr index from what it has fetched;
 * - display chunks: what a result shows, for a run of documents; fetched only for shown results.
 */
export const SEARCH_FORMAT = 2;

/** Indexed fields, with how much a match in each counts. */
export const searchFields = [
  { name: 'title', boost: 10 },
  { name: 'tags', boost: 5 },
  { name: 'summary', boost: 2 },
  { name: 'body', boost: 1 },
] as const;

/** The URL of term shard or display chunk `number` ('t' or 'd'). */
export function searchFileUrl(meta: SearchMeta, kind: 't' | 'd', number: number): string {
  const hash = kind === 't' ? meta.shards[number]![1] : meta.chunks[number]!;
  return `${meta.base}${searchFileName(meta.locale, kind, number, hash)}.json`;
}

/** A shard's or chunk's file name without `.json`. */
export function searchFileName(locale: string, kind: 't' | 'd', number: number, hash: string): string {
  return `${locale}-${kind}${number}.${hash}`;
}

/** Scores are stored as integers: lunr's BM25 score times this, rounded (at least 1). */
export const SCORE_SCALE = 10;

/** Entry point of one language's index. */
export interface SearchMeta {
  format: typeof SEARCH_FORMAT;
  locale: string;
  /** Number of documents of each type; documents are numbered in `searchTypes` order. */
  counts: Record<SearchType, number>;
  /** Where the files are: shard i is `<base><locale>-t<i>.<hash>.json`, chunk i `<base><locale>-d<i>.<hash>.json`. */
  base: string;
  /** Term shards in alphabetical order: [first term, content hash]. */
  shards: [string, string][];
  /** Documents per display chunk. */
  chunkSize: number;
  /** Content hashes of the display chunks; chunk i holds documents i*chunkSize to (i+1)*chunkSize - 1. */
  chunks: string[];
}

/**
 * A term's postings: for each field it occurs in, [field index, n, n document number gaps
 * (the first from 0), n scores]. Gaps and scores in separate runs compress well.
 */
export type Postings = number[];

/** A term shard: terms in alphabetical order with their postings. */
export type TermShard = Record<string, Postings>;

/**
 * What a result shows: [type, target, title, snippet, language of the text or "", and for
 * sensors: kind, districts, personal data (1) or not (0); for others, facts in words, if any].
 */
export type DisplayRecord =
  | [type: SearchType, target: string, title: string, snippet: string, lang: string]
  | [type: SearchType, target: string, title: string, snippet: string, lang: string, facts: string]
  | [
      type: SearchType,
      target: string,
      title: string,
      snippet: string,
      lang: string,
      kind: string,
      districts: string,
      personalData: 0 | 1,
    ];
