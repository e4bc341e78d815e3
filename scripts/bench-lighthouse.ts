/**
 * Lighthouse's mobile audit (its default: a mid-range phone on slow 4G, simulated) of pages of a
 * served site, with the system Chromium. Part of `npm run bench`; on its own:
 *
 *   node scripts/bench-lighthouse.ts http://127.0.0.1:4321/nl/ [more URLs ...]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { LighthouseFigures } from '../src/tooling/bench/report.ts';
import { chromiumArgs, findChromium } from './support/chromium.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Scores 0–100 per category and the audits that cost points, for each page in turn. */
export async function lighthouseScores(pages: { type: string; url: string }[]): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const results: LighthouseFigures[] = [];
  try {
    for (const { type, url } of pages) {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}.`);
      const { lhr } = run;
      const score = (id: string) => {
        const value = lhr.categories[id]?.score;
        return typeof value === 'number' ? Math.round(value * 100) : null;
      };
      const failing = categories.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .filter((ref) => {
            const audit = lhr.audits[ref.id];
            return audit && typeof audit.score === 'number' && audit.score < 1;
          })
          .map((ref) => `${category}: ${ref.id}`),
      );
      if (lhr.runtimeError) failing.push(`error: ${lhr.runtimeError.code}`);
      results.push({
        type,
        path: new URL(url).pathname + new URL(url).search,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

if (import.meta.main) {
  const urls = process.argv.slice(2);
  if (urls.length === 0) {
    console.error('Usage: node scripts/bench-lighthouse.ts <url> [<url> ...]');
    process.exit(1);
  }
  for (const figures of await lighthouseScores(urls.map((url) => ({ type: url, url }))))
    console.log(JSON.stringify(figures));
}
