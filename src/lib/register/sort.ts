import type { RegisterEntry } from './load-register.ts';

/** The plain list's order: active devices first, then by name in the reader's language. */
export function sortForList(
  entries: readonly RegisterEntry[],
  nameOf: (entry: RegisterEntry) => string,
  locale: string,
): RegisterEntry[] {
  const rank = { active: 0, planned: 1, inactive: 2, removed: 3 } as const;
  const collator = new Intl.Collator(locale);
  return [...entries].sort(
    (a, b) => rank[a.status] - rank[b.status] || collator.compare(nameOf(a), nameOf(b)) || a.id.localeCompare(b.id),
  );
}
