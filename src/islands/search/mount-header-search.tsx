import { render } from 'preact';
import HeaderSearch from './HeaderSearch.tsx';
import type { HeaderSearchStrings } from './strings.ts';

/**
 * Turns the header's plain search form into a combobox with suggestions. Loaded on the box's
 * first focus by SearchBox.astro's small script, so pages carry no search code until then; its
 * texts come from `data-strings` (a small JSON file) for the same reason. If they cannot be
 * fetched (offline before any search), the plain form stays: it still opens the search page.
 */
export async function mountHeaderSearch(host: HTMLElement): Promise<void> {
  const input = host.querySelector('input');
  const popup = host.querySelector<HTMLElement>('[data-search-popup]');
  const { locale, index, page, strings: stringsUrl } = host.dataset;
  if (!input || !popup || !locale || !index || !page || !stringsUrl) return;
  const strings = await fetch(stringsUrl)
    .then((response) => (response.ok ? (response.json() as Promise<HeaderSearchStrings>) : undefined))
    .catch(() => undefined);
  if (!strings) return;
  render(<HeaderSearch input={input} locale={locale} metaUrl={index} searchPage={page} strings={strings} />, popup);
}
