import type { APIRoute } from 'astro';
import { getCollection } from '../../../site/collections.ts';
import { city } from '../../../site/city.ts';
import { sitePlayerQuiz } from '../../../site/quizzes.ts';
import { publishableJson } from '../../../lib/published-text.ts';
import { slugsOf } from '../../../lib/translated-entry.ts';

/**
 * One quiz per language as JSON (`/data/quizzes/nl-updates.json`), fetched by the classroom's
 * present and results pages, which work for any quiz and so cannot carry them all in their HTML.
 */
export async function getStaticPaths() {
  const slugs = slugsOf(await getCollection('quizzes'), city.defaultLocale);
  return city.locales.flatMap(({ code }) =>
    slugs.map((slug) => ({ params: { file: `${code}-${slug}` }, props: { lang: code, slug } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, slug } = props as { lang: string; slug: string };
  return new Response(publishableJson(await sitePlayerQuiz(lang, slug)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
