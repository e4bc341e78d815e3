import { getCollection, type CollectionEntry } from 'astro:content';
import { city } from './city.ts';
import { sortAdvisories } from '../lib/advisories/advisory-order.ts';
import { advisoryReferenceErrors, formatAdvisoryProblem } from '../lib/advisories/check-references.ts';
import { advisoryTranslationErrors } from '../lib/advisories/check-translations.ts';
import { siteRegister } from './register.ts';
import { pagePaths } from '../lib/site-pages.ts';
import { resolveEntry, slugsOf, splitEntryId, type Resolved } from '../lib/translated-entry.ts';

const locales = city.locales.map((locale) => locale.code);

/** An advisory as a page in one language shows it: its slug and the entry in its own or the default language. */
export type SiteAdvisory = Resolved<CollectionEntry<'advisories'>> & { slug: string };

let checked: Promise<CollectionEntry<'advisories'>[]> | undefined;

/**
 * Every advisory, checked once per build: a link to a lesson, register entry, kind or district that does
 * not exist, or a translation whose facts differ from the original, fails the build with the
 * file and field named, so residents never follow a dead link or get different advice. The
 * content check reports the same problems with their lines before the build starts
 * (rules/advisories.ts); this stays as the build's own guard.
 */
function allAdvisories(): Promise<CollectionEntry<'advisories'>[]> {
  // `npm run dev` updates the collections after a save without running this module again, and may
  // render a page before it has: there, check afresh for every page (a few milliseconds).
  if (import.meta.env.DEV) checked = undefined;
  checked ??= (async () => {
    const [entries, lessons] = await Promise.all([getCollection('advisories'), getCollection('lessons')]);
    const register = siteRegister();
    const errors = [
      ...advisoryReferenceErrors(entries, {
        lessons: lessons.map((lesson) => splitEntryId(lesson.id).slug),
        register: register.entries.map((entry) => entry.id),
        kinds: register.vocabularies.kinds.map((term) => term.id),
        districts: register.districts.map((district) => district.properties.id),
      }),
      ...advisoryTranslationErrors(entries, city.defaultLocale),
    ];
    if (errors.length > 0)
      throw new Error(`Problems in the advisories:\n${errors.map(formatAdvisoryProblem).join('\n')}`);
    return entries;
  })();
  return checked;
}

/** Every (language, slug) advisory page with the entry to show. */
export async function advisoryPagePaths() {
  return pagePaths(await allAdvisories(), locales, city.defaultLocale, []);
}

/** The advisories readers of a language see, open first and newest first. */
export async function siteAdvisories(lang: string): Promise<SiteAdvisory[]> {
  const entries = await allAdvisories();
  const resolved = slugsOf(entries, city.defaultLocale).map((slug) => ({
    slug,
    ...resolveEntry(entries, slug, lang, city.defaultLocale)!,
  }));
  return sortAdvisories(resolved, (advisory) => advisory.entry.data);
}
