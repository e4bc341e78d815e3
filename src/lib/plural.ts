import { fill } from './fill.ts';
import { pluralRules } from './intl.ts';

/** Picks the CLDR plural form of a count from templates made by `pluralTemplates` (islands have no i18next). */
export function plural(templates: Record<string, string>, locale: string, count: number): string {
  const category = pluralRules(locale).select(count);
  return fill(templates[category] ?? templates['other'] ?? '', { count });
}
