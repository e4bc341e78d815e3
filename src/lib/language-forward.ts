import { pickLocale } from './locales.ts';

/**
 * On the language-choice page: go to the reader's preferred language. The page's links do the
 * same without JavaScript; once on the site, the header's language switcher changes language.
 */
export function forwardToPreferredLocale(): void {
  const root = document.querySelector<HTMLElement>('[data-locales]');
  if (!root) return;
  const available = (root.dataset['locales'] ?? '').split(' ');
  const fallback = root.dataset['defaultLocale'] ?? available[0]!;
  location.replace(`/${pickLocale(navigator.languages, available, fallback)}/`);
}
