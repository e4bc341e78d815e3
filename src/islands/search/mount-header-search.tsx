import { render } from 'preact';
import HeaderSearch from './HeaderSearch.tsx';
import type { HeaderSearchStrings } from './strings.ts';

/**
 * Turns the header's plain search form into a combobox with suggestions. Loaded on the box's
 * first focus by SearchBox.astro's small script, so pages carry no search code until then.
 */
export function mountHeaderSearch(host: HTMLElement): void {
  const input = host.querySelector('input');
  const popup = host.querySelector<HTMLElement>('[data-search-popup]');
  const { locale, index, page, strings } = host.dataset;
  if (!input || !popup || !locale || !index || !page || !strings) return;
  render(
    <HeaderSearch
      input={input}
      locale={locale}
      metaUrl={index}
      searchPage={page}
      strings={JSON.parse(strings) as HeaderSearchStrings}
    />,
    popup,
  );
}
