import type { WordRules } from './language.ts';
import { words } from './words.ts';

/** One word of a query, as the index is searched for it. */
export interface QueryWord {
  /** The word as typed, normalized: matched as a prefix. */
  raw: string;
  /** Its stem: matched exactly, and with typos. */
  stem: string;
  /** Also match longer words starting with it ("cam" finds "camera"). */
  prefix: boolean;
  /** Edits allowed for typos: 0 for short words, 1 from 5 letters, 2 from 9. */
  typos: 0 | 1 | 2;
}

/** Queries are cut here: longer input is pasted text, not a search. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words count; more would only make the AND stricter and slower. */
export const MAX_WORDS = 8;

function queryWord(raw: string, rules: WordRules, typing: boolean, joined = false): QueryWord {
  return {
    raw,
    stem: rules.stem(raw),
    prefix: raw.length >= 3 || (typing && raw.length >= 2),
    // Two words written together are looked up as they are: typos in them are covered by the words apart.
    typos: joined ? 0 : raw.length >= 9 ? 2 : raw.length >= 5 ? 1 : 0,
  };
}

/**
 * What to search for: a list of alternatives, each a list of words that must all match (AND).
 * The first alternative is the query's words; each further one joins two neighbouring words, so
 * "wi fi" and "wi-fi" also find "wifi". Stop words and single letters are dropped. Any input is
 * accepted: lunr's query syntax (`+`, `-`, `*`, `~`, `^`, `:`) is just punctuation here.
 */
export function planQuery(input: string, rules: WordRules): QueryWord[][] {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  // While the last word is still being typed it is a prefix; after a space it is complete.
  const typing = !/\s$/.test(text);
  const kept = words(text)
    .filter((word) => word.length > 1 && !rules.isStopWord(word))
    .slice(0, MAX_WORDS);
  if (kept.length === 0) return [];
  const last = kept.length - 1;
  const alternatives = [kept.map((word, i) => queryWord(word, rules, typing && i === last))];
  for (let i = 0; i < last; i++) {
    const joined = [...kept.slice(0, i), kept[i]! + kept[i + 1]!, ...kept.slice(i + 2)];
    alternatives.push(joined.map((word, j) => queryWord(word, rules, typing && j === joined.length - 1, j === i)));
  }
  return alternatives;
}

/** The alphabetical ranges of index terms a word can match: [first, last] pairs. */
export function termRanges(word: QueryWord): [string, string][] {
  const upTo = (start: string): [string, string] => [start, `${start}\uffff`];
  const ranges: [string, string][] = [[word.stem, word.stem]];
  if (word.prefix) ranges.push(upTo(word.raw));
  // Typos are looked for among terms sharing the first three letters ("camra" -> "camera").
  if (word.typos > 0) ranges.push(upTo(word.stem.slice(0, 3)), upTo(word.raw.slice(0, 3)));
  return ranges;
}
