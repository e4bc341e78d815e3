import { fill } from '../../lib/fill.ts';

/** "12 results" in the reader's language, from plural templates keyed by CLDR category. */
export function countText(templates: Record<string, string>, locale: string, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  return fill(templates[category] ?? templates['other'] ?? '', { count: count.toLocaleString(locale) });
}
