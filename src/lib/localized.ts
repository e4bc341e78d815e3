/** Text per language, as written in content. */
export type Localized = Record<string, string>;

/** A text in the reader's language, or the default language's with `isFallback`. */
export interface LocalizedValue {
  value: string;
  /** Language of `value`. */
  locale: string;
  isFallback: boolean;
}

/** Picks a text in the reader's language, falling back to the default language. */
export function pick(text: Localized, locale: string, defaultLocale: string): LocalizedValue {
  const own = text[locale];
  if (own) return { value: own, locale, isFallback: false };
  return { value: text[defaultLocale] ?? Object.values(text)[0] ?? '', locale: defaultLocale, isFallback: true };
}
