import { resolveEntry, slugsOf, type LocalizedEntry, type Resolved } from './translated-entry.ts';

/** One page to build: a language, a slug and the entry to show there. */
export interface PagePath<E> {
  params: { lang: string; slug: string };
  props: Resolved<E>;
}

/**
 * Every (language, slug) pair for the site pages, with the entry to render; languages without
 * their own text get the default language's entry, flagged as a fallback.
 */
export function pagePaths<E extends LocalizedEntry>(
  entries: readonly E[],
  locales: readonly string[],
  defaultLocale: string,
  exclude: readonly string[],
): PagePath<E>[] {
  const slugs = slugsOf(entries, defaultLocale).filter((slug) => !exclude.includes(slug));
  return locales.flatMap((lang) =>
    slugs.map((slug) => ({ params: { lang, slug }, props: resolveEntry(entries, slug, lang, defaultLocale)! })),
  );
}

/** Fails the build when a page the site links to everywhere is missing in the default language. */
export function assertRequiredPages(
  entries: readonly LocalizedEntry[],
  required: readonly string[],
  defaultLocale: string,
): void {
  const present = slugsOf(entries, defaultLocale);
  const missing = required.filter((slug) => !present.includes(slug));
  if (missing.length > 0) {
    throw new Error(
      `Missing page${missing.length > 1 ? 's' : ''}: ${missing.map((slug) => `content/pages/${defaultLocale}/${slug}.mdx`).join(', ')}. ` +
        'Every footer links to these pages; create the file (copy another page in that folder and change its front matter and text).',
    );
  }
}
