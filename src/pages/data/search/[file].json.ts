import type { APIRoute } from 'astro';
import { city } from '../../../site/city.ts';
import { searchIndex } from '../../../site/search-files.ts';

/** Each language's search index: `<lang>.json` (meta), `<lang>-t<n>.<hash>.json`, `<lang>-d<n>.<hash>.json`. */
export async function getStaticPaths() {
  const indexes = await Promise.all(city.locales.map(({ code }) => searchIndex(code)));
  return indexes.flatMap(({ files }) =>
    files.map((file) => ({ params: { file: file.name }, props: { body: file.body } })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
