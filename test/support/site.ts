import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentKinds } from '../../src/content-kinds/index.ts';

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

/** Pages that are not in the sitemap but that readers reach: the language choice, the 404 page, the design system, the offline page. */
export const extraPaths = ['/', '/404.html', '/design-system/', '/en/offline/', '/ar/offline/'];

/**
 * The pages the privacy and accessibility tests visit: every page except the many that share one
 * template with different data. Of those (a page per device, its sign page, list pages 2..n,
 * quiz worksheets and answer keys) they visit one device of each kind in each language, one sign
 * page, the second and last list page and one worksheet and answer key per language, so the suite
 * stays minutes long with 10,000 devices.
 */
export function checkedPagePaths(): string[] {
  const all = sitemapPaths();
  const device = /^\/([a-z]{2})\/register\/(?!page\/|stats\/)([^/]+)\/$/;
  const sign = /^\/([a-z]{2})\/register\/[^/]+\/sign\/$/;
  const listPage = /^\/([a-z]{2})\/register\/page\/(\d+)\/$/;
  const paper = /^\/([a-z]{2})\/quizzes\/[^/]+\/(worksheet|answers)\/$/;
  const papers = new Map<string, string>();
  const kinds = new Map<string, string>();
  const signs = new Map<string, string>();
  const lastListPage = new Map<string, string>();
  const kept: string[] = [];
  for (const path of all) {
    const deviceMatch = device.exec(path);
    const signMatch = sign.exec(path);
    const listMatch = listPage.exec(path);
    const paperMatch = paper.exec(path);
    if (paperMatch) {
      const key = `${paperMatch[1]}:${paperMatch[2]}`;
      if (!papers.has(key)) papers.set(key, path);
    } else if (deviceMatch) {
      const key = `${deviceMatch[1]}:${deviceMatch[2]!.replace(/-[a-z]+-\d+$/, '')}`;
      if (!kinds.has(key)) kinds.set(key, path);
    } else if (signMatch) {
      if (!signs.has(signMatch[1]!)) signs.set(signMatch[1]!, path);
    } else if (listMatch) {
      if (listMatch[2] === '2') kept.push(path);
      lastListPage.set(listMatch[1]!, path);
    } else kept.push(path);
  }
  return [
    ...new Set([
      ...extraPaths,
      ...kept,
      ...kinds.values(),
      ...signs.values(),
      ...lastListPage.values(),
      ...papers.values(),
    ]),
  ];
}

/** The list and entry pages each kind of content declares (src/content-kinds/), as path patterns. */
function kindPagePatterns(): RegExp[] {
  return contentKinds.flatMap((kind) =>
    'noPages' in kind.pages
      ? []
      : [kind.pages.list, kind.pages.entry].flatMap((route) =>
          route ? [new RegExp(`^/[a-z]{2}/${route.replace(/<[^>]+>/g, '[^/]+')}/$`)] : [],
        ),
  );
}

/**
 * One page of each kind in each language: checks that are the same for every page of a kind
 * (dark mode contrast, reflow at 320px) run on these rather than on hundreds of sensor pages.
 * Each kind of content brings its list and entry pages; the rest are pages of their own and
 * variants that look different (an area device, a resolved advisory, a later list page).
 */
export function representativePaths(): string[] {
  const all = sitemapPaths();
  const patterns = [
    /^\/[a-z]{2}\/$/,
    ...kindPagePatterns(),
    /^\/[a-z]{2}\/register\/page\/2\/$/,
    /^\/[a-z]{2}\/register\/stats\/$/,
    /^\/[a-z]{2}\/register\/propose\/$/,
    /^\/[a-z]{2}\/open-data\/$/,
    /^\/[a-z]{2}\/register\/anpr-[^/]+\/$/,
    /^\/[a-z]{2}\/register\/mobile-[^/]+\/$/,
    /^\/[a-z]{2}\/register\/[^/]+\/sign\/$/,
    /^\/[a-z]{2}\/quizzes\/home-network\/worksheet\/$/,
    /^\/[a-z]{2}\/classroom\/$/,
    /^\/[a-z]{2}\/my-data\/$/,
    /^\/[a-z]{2}\/search\/$/,
    /^\/[a-z]{2}\/advisories\/traffic-light-outage\/$/,
  ];
  const picked = patterns.flatMap((pattern) => {
    const matches = all.filter((path) => pattern.test(path));
    const byLocale = new Map<string, string>();
    for (const path of matches) if (!byLocale.has(path.slice(0, 4))) byLocale.set(path.slice(0, 4), path);
    return [...byLocale.values()];
  });
  return [...new Set([...extraPaths, ...picked])];
}
