import { ContentErrors } from '../lib/content/content-error.ts';
import { resolveFacts } from '../lib/facts.ts';
import { readGlossaries } from '../lib/glossary.ts';
import type { GlossaryTerm } from '../schemas/lesson.ts';
import { city } from './city.ts';
import { siteContentDir } from './content-dir.ts';
import { siteFacts } from './facts.ts';

let cached: Record<string, GlossaryTerm[]> | undefined;

/**
 * The site's glossaries, read once per build with {{fact:id}} filled in per language; content
 * errors stop the build.
 */
export function siteGlossaries(locales: readonly string[]): Record<string, GlossaryTerm[]> {
  if (!cached) {
    const { glossaries, errors } = readGlossaries(siteContentDir(), locales);
    if (errors.length > 0) throw new ContentErrors(errors);
    const facts = siteFacts();
    cached = Object.fromEntries(
      Object.entries(glossaries).map(([locale, terms]) => [
        locale,
        resolveFacts(terms, facts, locale, city.defaultLocale),
      ]),
    );
  }
  return cached;
}
