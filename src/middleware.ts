import { defineMiddleware } from 'astro:middleware';
import { islandStylesInHead } from './lib/island-styles.ts';

/** Runs for every page at build time: Astro's island style rule goes into the head (src/lib/island-styles.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('Content-Type')?.startsWith('text/html')) return response;
  return new Response(islandStylesInHead(await response.text()), response);
});
