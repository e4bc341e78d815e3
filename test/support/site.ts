import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Every page path in the built sitemap(s), e.g. `/nl/about/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error('No dist/sitemap-0.xml: run `npm run build` before the browser tests.');
  return files
    .flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
    .map((match) => new URL(match[1]!).pathname)
    .sort();
}

/** Pages that are not in the sitemap but that readers reach: the language choice, the 404 page, the design system. */
export const extraPaths = ['/', '/404.html', '/design-system/'];

/** All pages to check, the sitemap's and the extra ones. */
export function allPagePaths(): string[] {
  return [...new Set([...extraPaths, ...sitemapPaths()])];
}
