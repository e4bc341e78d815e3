/** A content entry whose id starts with its language: `nl/about`. */
export interface LocalizedEntry {
  id: string;
}

/** What to render for one slug in one language. */
export interface Resolved<E> {
  entry: E;
  /** The entry's own language; differs from the requested one when falling back. */
  locale: string;
  /** True when the requested language has no entry and the default language is shown. */
  isFallback: boolean;
}

/** Splits `nl/about` into its language and slug. */
export function splitEntryId(id: string): { locale: string; slug: string } {
  const [locale = '', ...rest] = id.split('/');
  return { locale, slug: rest.join('/') };
}

/**
 * The entry for a slug in a language, or the default language's entry with `isFallback`.
 * Returns undefined when the default language has no such entry either.
 */
export function resolveEntry<E extends LocalizedEntry>(
  entries: readonly E[],
  slug: string,
  locale: string,
  defaultLocale: string,
): Resolved<E> | undefined {
  const own = entries.find((entry) => entry.id === `${locale}/${slug}`);
  if (own) return { entry: own, locale, isFallback: false };
  const fallback = entries.find((entry) => entry.id === `${defaultLocale}/${slug}`);
  return fallback ? { entry: fallback, locale: defaultLocale, isFallback: true } : undefined;
}

/** All slugs present in the default language, which defines the set of pages. */
export function slugsOf(entries: readonly LocalizedEntry[], defaultLocale: string): string[] {
  return entries
    .map((entry) => splitEntryId(entry.id))
    .filter((parts) => parts.locale === defaultLocale)
    .map((parts) => parts.slug)
    .sort();
}
