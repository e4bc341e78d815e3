import type { Locale } from '../schemas/city.ts';
import { languageNames } from './intl.ts';

/**
 * Picks the site language that best fits a browser's preferred languages (navigator.languages),
 * matching `nl-BE` to `nl`; falls back to the default.
 */
export function pickLocale(preferred: readonly string[], available: readonly string[], fallback: string): string {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match =
      available.find((code) => code.toLowerCase() === tag.toLowerCase()) ??
      available.find((code) => code.toLowerCase() === primary);
    if (match) return match;
  }
  return fallback;
}

/** The path of a page in a language: `localePath('nl', 'about')` -> `/nl/about/`; '' is the home page. */
export function localePath(locale: string, slug: string): string {
  const trimmed = slug.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? `/${locale}/` : `/${locale}/${trimmed}/`;
}

/**
 * The same page in another language: swaps the first path segment.
 * `switchLocalePath('/en/about/', 'ar')` -> `/ar/about/`.
 */
export function switchLocalePath(path: string, locale: string, available: readonly string[]): string {
  const segments = path.split('/');
  if (segments.length > 1 && available.includes(segments[1]!)) {
    segments[1] = locale;
    return segments.join('/');
  }
  return localePath(locale, path);
}

/** A language's name as readers of `inLocale` say it: `languageName('en', 'nl')` -> `Engels`. */
export function languageName(code: string, inLocale: string): string {
  return languageNames(inLocale).of(code) ?? code;
}

/** Looks up a configured locale, failing loudly on a code that is not configured. */
export function findLocale(locales: readonly Locale[], code: string): Locale {
  const locale = locales.find((candidate) => candidate.code === code);
  if (!locale) throw new Error(`Unknown language "${code}". Configured: ${locales.map((l) => l.code).join(', ')}.`);
  return locale;
}
