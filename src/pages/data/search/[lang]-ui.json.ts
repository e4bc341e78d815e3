import type { APIRoute } from 'astro';
import { city } from '../../../site/city.ts';
import { searchStrings } from '../../../components/search/search-strings.ts';
import { headerSearchStrings } from '../../../islands/search/strings.ts';
import { publishableJson } from '../../../lib/published-text.ts';

/** The header search box's texts per language (`/data/search/<lang>-ui.json`), see headerSearchStringsUrl. */
export function getStaticPaths() {
  return city.locales.map(({ code }) => ({ params: { lang: code } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(publishableJson(headerSearchStrings(searchStrings(params['lang']!))), {
    headers: { 'Content-Type': 'application/json' },
  });
