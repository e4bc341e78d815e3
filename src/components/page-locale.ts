import { city } from '../site/city.ts';

/**
 * The language of the page a component is rendered on: Astro's i18n routing knows it for routed
 * pages; elsewhere (the component tests' container) the first path segment tells.
 */
export function pageLocale(astro: { currentLocale?: string | undefined; url: URL }): string {
  if (astro.currentLocale) return astro.currentLocale;
  const segment = astro.url.pathname.split('/')[1] ?? '';
  return city.locales.some((l) => l.code === segment) ? segment : city.defaultLocale;
}
