/**
 * Intl formatters, made once per language and reused. Making one costs far more than using it
 * (tens of microseconds against one or two), and a build of 10,000 sensors formats dates and
 * durations on every one of 30,000 pages.
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

/** Dates as "30 November 2026" in the reader's language; content dates are days in UTC. */
export const longDate = (locale: string): Intl.DateTimeFormat =>
  once(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));

/** Durations in words: "30 days", "30 dagen". */
export const longDuration = (locale: string): Intl.DurationFormat =>
  once(`duration ${locale}`, () => new Intl.DurationFormat(locale, { style: 'long' }));

/** CLDR plural categories of a language. */
export const pluralRules = (locale: string): Intl.PluralRules =>
  once(`plural ${locale}`, () => new Intl.PluralRules(locale));

/** Language names as readers of `inLocale` say them. */
export const languageNames = (inLocale: string): Intl.DisplayNames =>
  once(`languages ${inLocale}`, () => new Intl.DisplayNames([inLocale], { type: 'language' }));

/** Lists in words: "plates, images and location", "لوحات وصور والموقع". */
export const conjunctionList = (locale: string): Intl.ListFormat =>
  once(`list ${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' }));
