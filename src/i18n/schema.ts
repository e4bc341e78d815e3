import { z } from 'zod';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const KEY = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+(_(zero|one|two|few|many|other))?$/;

/**
 * One language's UI strings: a flat object of dotted keys (`nav.home`) to non-empty text.
 * Plural forms use i18next's suffixes (`_one`, `_other`; Arabic also `_zero`, `_two`, `_few`,
 * `_many`). Interpolation uses `{{name}}`.
 */
export const uiStringsSchema = z
  .record(z.string(), z.string().trim().min(1, 'Write the text; an empty string shows nothing to the reader.'))
  .superRefine((strings, ctx) => {
    for (const key of Object.keys(strings)) {
      if (!KEY.test(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'Keys are dotted words starting in lowercase, e.g. "nav.home" or "page.readingTime_one".',
        });
      }
    }
  });

/** The key without its plural suffix: `page.readingTime_one` -> `page.readingTime`. */
export function baseKey(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

/** The plural suffixes a language needs, from the platform's CLDR data. */
export function pluralSuffixes(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories.map((c) => `_${c}`);
}

/** Placeholders used in a text: `Hello {{name}}` -> ['name']. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]!).sort();
}
