import type { APIRoute } from 'astro';
import { city } from '../../../site/city.ts';
import { compactFile } from '../../../site/compact-files.ts';

/** The compact register per language, for the filtering island. */
export function getStaticPaths() {
  return city.locales.map(({ code }) => {
    const file = compactFile(code);
    return { params: { file: file.name }, props: { body: file.body } };
  });
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json' } });
