/**
 * Names for what the site keeps in the browser, so that /<lang>/my-data/ can say in words what
 * each stored item is. Every feature that stores something adds its key pattern here (the unit
 * test fails on a key pattern it does not know).
 */
export type StoredKind =
  | 'lessonsDone'
  | 'checklist'
  | 'deviceCheck'
  | 'quizBest'
  | 'quizAttempt'
  | 'classAttempt'
  | 'quizView'
  | 'classes'
  | 'proposalDraft'
  | 'other';

export interface StoredItemDescription {
  kind: StoredKind;
  /** The lesson, quiz or checklist the item belongs to, when there is one. */
  subject?: string;
}

const patterns: [RegExp, StoredKind][] = [
  [/^lessons:done$/, 'lessonsDone'],
  [/^checklist:(.+)$/, 'checklist'],
  [/^device-check$/, 'deviceCheck'],
  [/^quiz:best:(.+)$/, 'quizBest'],
  [/^quiz:attempt:([^:]+):.+$/, 'classAttempt'],
  [/^quiz:attempt:(.+)$/, 'quizAttempt'],
  [/^quiz:view$/, 'quizView'],
  [/^classroom:classes$/, 'classes'],
  [/^register:proposal$/, 'proposalDraft'],
];

/** What a stored key (without the site prefix) holds. */
export function describeStoredKey(key: string): StoredItemDescription {
  for (const [pattern, kind] of patterns) {
    const match = pattern.exec(key);
    if (match) return match[1] ? { kind, subject: match[1] } : { kind };
  }
  return { kind: 'other' };
}

/** The export file: what was stored, when it was exported, and from which site. */
export function exportDocument(site: string, items: readonly { key: string; value: unknown }[], now = new Date()) {
  return {
    site,
    exported: now.toISOString(),
    note: 'Everything this website stored in your browser. Nothing of this was ever sent to the city.',
    items: Object.fromEntries(items.map((item) => [item.key, item.value])),
  };
}
