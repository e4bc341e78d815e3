import lunr from 'lunr';
import { SCORE_SCALE, type Postings, type TermShard } from './index-format.ts';

/** lunr's token set constructors, which its type definitions omit. */
const TokenSets = lunr.TokenSet as unknown as {
  fromArray(words: string[]): lunr.TokenSet;
  fromString(pattern: string): lunr.TokenSet;
  fromFuzzyString(word: string, edits: number): lunr.TokenSet;
};

/** How a query word is looked up: exactly, as the start of longer terms, or with typos. */
export type TermMatch = { kind: 'exact' } | { kind: 'prefix' } | { kind: 'typos'; edits: number };

/**
 * The terms of the shards fetched so far, with their postings. lunr's token set expands prefixes
 * and typos to the terms that exist (as `lunr.Index#query` does); scores are summed straight from
 * the postings, which hold lunr's BM25 scores, so no field vectors are needed in the browser.
 * A word is only searched once every shard its terms can be in has been added.
 */
export class LoadedIndex {
  private readonly postings = new Map<string, Postings>();
  private tokens: lunr.TokenSet | undefined;
  /** Expansions already computed: typing extends a query word by word, and typo automata are costly. */
  private readonly expansions = new Map<string, string[]>();

  add(shard: TermShard): void {
    for (const [term, postings] of Object.entries(shard)) this.postings.set(term, postings);
    this.tokens = undefined;
    this.expansions.clear();
  }

  /** Terms in the index that a word matches in one way. */
  expand(word: string, match: TermMatch): string[] {
    if (match.kind === 'exact') return this.postings.has(word) ? [word] : [];
    const key = `${match.kind === 'prefix' ? '*' : match.edits}:${word}`;
    let terms = this.expansions.get(key);
    if (!terms) {
      this.tokens ??= TokenSets.fromArray([...this.postings.keys()].sort());
      const pattern =
        match.kind === 'prefix' ? TokenSets.fromString(`${word}*`) : TokenSets.fromFuzzyString(word, match.edits);
      terms = this.tokens.intersect(pattern).toArray();
      this.expansions.set(key, terms);
    }
    return terms;
  }

  /** Adds `boost` × each document's score for a term to `scores`; returns false for an unknown term. */
  addScores(term: string, boost: number, scores: Float64Array): boolean {
    const postings = this.postings.get(term);
    if (!postings) return false;
    const weight = boost / SCORE_SCALE;
    let at = 0;
    while (at < postings.length) {
      const count = postings[at + 1]!;
      let document = 0;
      for (let i = 0; i < count; i++) {
        document += postings[at + 2 + i]!;
        scores[document]! += weight * postings[at + 2 + count + i]!;
      }
      at += 2 + 2 * count;
    }
    return true;
  }
}
