import { createHash } from 'node:crypto';
import lunr from 'lunr';
import { publishableJson } from '../published-text.ts';
import type { SearchDocument } from './documents.ts';
import {
  SCORE_SCALE,
  SEARCH_FORMAT,
  searchFields,
  searchTypes,
  type DisplayRecord,
  type Postings,
  type SearchMeta,
  type SearchType,
  searchFileName,
  type TermShard,
} from './index-format.ts';
import type { WordRules } from './language.ts';
import { indexWords } from './words.ts';

export interface BuildOptions {
  /** Where the files are served from, e.g. `/data/search/`. */
  baseUrl: string;
  /** A shard is closed when its JSON passes this many characters (one large term may exceed it). */
  shardSize: number;
  /** Documents per display chunk. */
  chunkSize: number;
  /** Snippets are cut to this many characters. */
  snippetLength: number;
}

export const defaultBuildOptions: BuildOptions = {
  baseUrl: '/data/search/',
  shardSize: 40_000,
  chunkSize: 24,
  snippetLength: 180,
};

/** A file to write: its name (without .json) and content. */
export interface SearchFile {
  name: string;
  body: string;
}

/** The files of one language's index: the meta file first. */
export interface BuiltIndex {
  meta: SearchMeta;
  files: SearchFile[];
}

function fingerprinted(locale: string, kind: 't' | 'd', number: number, body: string): SearchFile & { hash: string } {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 8);
  return { name: searchFileName(locale, kind, number, hash), body, hash };
}

/** The terms a text contributes: its words without stop words, stemmed. */
function terms(text: string, rules: WordRules): string[] {
  return indexWords(text)
    .filter((word) => !rules.isStopWord(word))
    .map((word) => rules.stem(word))
    .filter((term) => term.length > 0);
}

function snippet(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length - 1);
  return `${text.slice(0, cut > length / 2 ? cut : length - 1)}…`;
}

/** Documents in `searchTypes` order (stable within a type), and how many of each. */
export function orderDocuments(documents: readonly SearchDocument[]): {
  ordered: SearchDocument[];
  counts: Record<SearchType, number>;
} {
  const ordered = searchTypes.flatMap((type) => documents.filter((document) => document.type === type));
  const counts = Object.fromEntries(
    searchTypes.map((type) => [type, documents.filter((document) => document.type === type).length]),
  ) as Record<SearchType, number>;
  return { ordered, counts };
}

/** Postings of every term, from a lunr index: term -> field -> [document, scaled score][]. */
function postingsFrom(index: lunr.Index): Map<string, Map<number, [number, number][]>> {
  const { invertedIndex, fieldVectors } = index.toJSON() as unknown as {
    invertedIndex: [string, { _index: number }][];
    fieldVectors: [string, number[]][];
  };
  const termByIndex = new Map(invertedIndex.map(([term, posting]) => [posting._index, term]));
  const fieldNumber = new Map<string, number>(searchFields.map((field, i) => [field.name, i]));
  const postings = new Map<string, Map<number, [number, number][]>>(invertedIndex.map(([term]) => [term, new Map()]));
  for (const [fieldRef, elements] of fieldVectors) {
    const slash = fieldRef.indexOf('/');
    const field = fieldNumber.get(fieldRef.slice(0, slash))!;
    const document = Number(fieldRef.slice(slash + 1));
    for (let i = 0; i < elements.length; i += 2) {
      const byField = postings.get(termByIndex.get(elements[i]!)!)!;
      const list = byField.get(field) ?? [];
      list.push([document, Math.max(1, Math.round(elements[i + 1]! * SCORE_SCALE))]);
      byField.set(field, list);
    }
  }
  return postings;
}

function encodePostings(byField: Map<number, [number, number][]>): Postings {
  const encoded: number[] = [];
  for (const [field, list] of [...byField].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a[0] - b[0]);
    encoded.push(field, list.length);
    let previous = 0;
    for (const [document] of list) {
      encoded.push(document - previous);
      previous = document;
    }
    for (const [, score] of list) encoded.push(score);
  }
  return encoded;
}

/**
 * Builds one language's search files from its documents: lunr computes the BM25 scores (with the
 * language's stop words and stemmer applied before), then the postings are split into term
 * shards and the display data into chunks.
 */
export function buildSearchIndex(
  documents: readonly SearchDocument[],
  locale: string,
  rules: WordRules,
  options: BuildOptions = defaultBuildOptions,
): BuiltIndex {
  const { ordered, counts } = orderDocuments(documents);
  const builder = new lunr.Builder();
  // Words arrive already split, filtered and stemmed; lunr only counts and scores them.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.ref('ref');
  for (const field of searchFields) builder.field(field.name, { boost: field.boost });
  ordered.forEach((document, i) => {
    builder.add({
      ref: String(i),
      title: terms(document.title, rules),
      tags: terms(document.tags, rules),
      summary: terms(document.summary, rules),
      body: terms(document.body, rules),
    });
  });
  const postings = postingsFrom(builder.build());

  const files: SearchFile[] = [];
  const shards: [string, string][] = [];
  let shard: TermShard = {};
  let first = '';
  let size = 0;
  const closeShard = () => {
    if (!first) return;
    const file = fingerprinted(locale, 't', shards.length, JSON.stringify(shard));
    files.push(file);
    shards.push([first, file.hash]);
    shard = {};
    first = '';
    size = 0;
  };
  for (const term of [...postings.keys()].sort()) {
    const encoded = encodePostings(postings.get(term)!);
    const length = term.length + JSON.stringify(encoded).length + 4;
    if (size > 0 && size + length > options.shardSize) closeShard();
    if (!first) first = term;
    shard[term] = encoded;
    size += length;
  }
  closeShard();

  const chunks: string[] = [];
  for (let start = 0; start < ordered.length; start += options.chunkSize) {
    const records = ordered.slice(start, start + options.chunkSize).map((document): DisplayRecord => {
      const base = [
        document.type,
        document.target,
        document.title,
        snippet(document.summary, options.snippetLength),
        document.lang ?? '',
      ] as const;
      if (!document.sensor) return document.facts ? [...base, document.facts] : [...base];
      return [
        ...base,
        document.sensor.kind,
        document.sensor.districts.join(', '),
        document.sensor.personalData ? 1 : 0,
      ];
    });
    // Titles and snippets are content text; term shards hold only letters, digits and numbers.
    const file = fingerprinted(locale, 'd', chunks.length, publishableJson(records));
    files.push(file);
    chunks.push(file.hash);
  }

  const meta: SearchMeta = {
    format: SEARCH_FORMAT,
    locale,
    base: options.baseUrl,
    counts,
    shards,
    chunkSize: options.chunkSize,
    chunks,
  };
  return { meta, files: [{ name: locale, body: JSON.stringify(meta) }, ...files] };
}
