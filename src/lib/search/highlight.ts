import type { WordRules } from './language.ts';
import { normalize } from './words.ts';

/** A piece of text, marked when it is a word the query matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits a text into plain and matched pieces: a word is marked when its stem is one of the
 * index terms the query matched. The pieces are rendered as text, never as HTML.
 */
export function highlight(text: string, matched: ReadonlySet<string>, rules: WordRules): Segment[] {
  if (matched.size === 0) return [{ text, mark: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}'’]+/gu)) {
    const word = normalize(match[0]);
    if (!matched.has(rules.stem(word)) && !matched.has(word)) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
