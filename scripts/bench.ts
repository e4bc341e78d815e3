/**
 * The site-wide benchmark (issue #8): for each size, generates a register of that many synthetic
 * sensors (seeded, the demo's mix of kinds, districts and languages) beside the real content in a
 * temporary folder, never in content/, builds it, serves dist/ and prints one report:
 *
 * - build: wall time, pages per second, peak memory of the build's process tree, dist size;
 * - per page type: requests on load and HTML, JS, CSS and other bytes, raw and gzip;
 * - Lighthouse mobile scores per page type;
 * - search against Pagefind on the same dist (`scripts/bench-search.ts`);
 * - the targets of issue #8, met or not, and how build time grows between sizes.
 *
 *   npm run bench                                    # 1,000 and 10,000 sensors
 *   npm run bench -- --sizes 50000 --skip search     # one size, without the search comparison
 *   npm run bench -- --sizes 1000 --json bench.json  # figures as JSON too
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { city } from '../src/site/city.ts';
import { watchPeakMemory } from '../src/tooling/bench/process-tree.ts';
import { weighPage, type LoadedResource, type PageWeight } from '../src/tooling/bench/page-weights.ts';
import { buildGrowth, formatSizeReport, type BuildFigures, type SizeReport } from '../src/tooling/bench/report.ts';
import { chromiumArgs, findChromium } from './support/chromium.ts';
import { lighthouseScores } from './bench-lighthouse.ts';
import { formatReport, measureSearch, type BenchReport } from './bench-search.ts';
import { serve, withGeneratedSite } from './bench-site.ts';

/** One size's report, with the search comparison in full. */
type BenchSizeReport = SizeReport & { search?: BenchReport; searchError?: string };

const usage = 'Usage: npm run bench -- [--sizes 1000,10000] [--json out.json] [--skip search,lighthouse]';
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: '1000,10000' },
        json: { type: 'string' },
        skip: { type: 'string', default: '' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(1);
  }
})();
const sizes = values.sizes.split(',').map((text) => Number(text.trim()));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--sizes takes whole numbers separated by commas, such as 1000,10000; got "${values.sizes}".`);
  process.exit(1);
}
const skip = new Set(values.skip.split(',').filter(Boolean));
for (const part of skip)
  if (!['search', 'lighthouse'].includes(part)) {
    console.error(`--skip takes search and/or lighthouse; got "${part}".`);
    process.exit(1);
  }

/** The language of the measured pages: the one the search comparison types in. */
const lang = 'nl';
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** Every file under a folder, as paths relative to it. */
const filesIn = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' });

/** Builds the site from `content` into `dist` with `npm run build`, timing it and sampling its memory; output goes to a log file. */
async function timedBuild(size: number, content: string, dist: string, logFile: string): Promise<BuildFigures> {
  const output = openSync(logFile, 'w');
  const started = performance.now();
  // The city's own command, so that its settings (such as the memory limit) are measured too.
  const child = spawn('npm', ['run', 'build', '--', '--outDir', dist], {
    env: { ...process.env, CONTENT_DIR: content },
    stdio: ['ignore', output, output],
  });
  const memory = watchPeakMemory(child.pid!);
  const [code] = (await once(child, 'exit')) as [number | null];
  const wallMs = performance.now() - started;
  const peakRssBytes = memory.stop();
  closeSync(output);
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`The build of ${size} sensors failed (exit ${code}). The end of ${logFile}:\n${tail}`);
  }
  // One stat per file: a 50,000-sensor dist holds 425,000 of them.
  const files = filesIn(dist)
    .map((name) => ({ name, stat: statSync(join(dist, name)) }))
    .filter(({ stat }) => stat.isFile());
  return {
    size,
    sensors: filesIn(join(content, 'register')).filter((name) => name.endsWith('.yaml')).length,
    pages: files.filter(({ name }) => name.endsWith('.html')).length,
    files: files.length,
    wallMs,
    peakRssBytes,
    distBytes: files.reduce((sum, { stat }) => sum + stat.size, 0),
  };
}

/**
 * The heaviest page in a folder of dist (one page per subfolder, less the named other pages):
 * the worst case of its type.
 */
function heaviestPage(dist: string, folder: string, others: string[] = []): string {
  let heaviest = { path: '', bytes: -1 };
  for (const name of readdirSync(join(dist, folder), { withFileTypes: true })) {
    if (!name.isDirectory() || others.includes(name.name)) continue;
    const file = join(dist, folder, name.name, 'index.html');
    const bytes = statSync(file, { throwIfNoEntry: false })?.size ?? -1;
    if (bytes > heaviest.bytes) heaviest = { path: `/${folder}/${name.name}/`, bytes };
  }
  return heaviest.path;
}

/** The page types of the issue, each at its heaviest page where there are many. */
function pageTypes(dist: string): { type: string; path: string }[] {
  return [
    { type: 'home', path: `/${lang}/` },
    { type: 'lesson', path: heaviestPage(dist, `${lang}/lessons`) },
    { type: 'quiz', path: heaviestPage(dist, `${lang}/quizzes`) },
    { type: 'register list', path: `/${lang}/register/` },
    { type: 'sensor', path: heaviestPage(dist, `${lang}/register`, ['page', 'stats']) },
    { type: 'search', path: `/${lang}/search/?q=camera` },
  ];
}

/** Loads each page in Chromium (no service worker) and weighs what it fetched until the network was idle. */
async function weighPages(baseUrl: string, types: { type: string; path: string }[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const weights: PageWeight[] = [];
  try {
    for (const { type, path } of types) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const pending: Promise<LoadedResource | undefined>[] = [];
      page.on('response', (response) =>
        pending.push(
          response
            .body()
            .then((body) => ({
              url: response.url(),
              resourceType: response.request().resourceType(),
              raw: body.length,
              gzip: gzipSync(body, { level: 9 }).length,
            }))
            .catch(() => undefined),
        ),
      );
      await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      const loaded = (await Promise.all(pending)).filter((item): item is LoadedResource => item !== undefined);
      weights.push(weighPage(type, path, loaded));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return weights;
}

async function benchSize(size: number): Promise<BenchSizeReport> {
  log(`${size} sensors: generating the register ...`);
  return withGeneratedSite(size, 'bench', async ({ work, content, dist }) => {
    log(`${size} sensors: building (log in ${join(work, 'build.log')}) ...`);
    const build = await timedBuild(size, content, dist, join(work, 'build.log'));
    log(`${size} sensors: built ${build.pages} pages in ${(build.wallMs / 1000).toFixed(1)} s; weighing pages ...`);
    const types = pageTypes(dist);
    const { server, url } = await serve(dist);
    const report: BenchSizeReport = { build, pages: [] };
    try {
      report.pages = await weighPages(url, types);
      if (!skip.has('lighthouse')) {
        log(`${size} sensors: Lighthouse ...`);
        report.lighthouse = await lighthouseScores(types.map(({ type, path }) => ({ type, url: url + path })));
      }
    } finally {
      server.close();
    }
    if (!skip.has('search')) {
      try {
        report.search = await measureSearch(dist, build.sensors, log);
      } catch (error) {
        // The build and page figures of a long run are kept; the report says what went wrong.
        report.searchError = error instanceof Error ? error.message : String(error);
        log(`${size} sensors: the search comparison failed: ${report.searchError}`);
      }
    }
    return report;
  });
}

const reports: BenchSizeReport[] = [];
console.log(`# npm run bench, ${new Date().toISOString().slice(0, 10)}, ${city.locales.length} languages\n`);
for (const size of sizes) {
  const report = await benchSize(size);
  reports.push(report);
  console.log(`${formatSizeReport(report)}\n`);
  if (report.search) console.log(`${formatReport(report.search)}\n`);
  if (report.searchError) console.log(`Search comparison failed: ${report.searchError}\n`);
}
for (let i = 1; i < reports.length; i++) {
  const [small, large] = [reports[i - 1]!.build, reports[i]!.build];
  const growth = buildGrowth(small, large);
  console.log(
    `Build time from ${small.sensors.toLocaleString('en')} to ${large.sensors.toLocaleString('en')} sensors grows as sensors^${growth.exponent.toFixed(2)} ` +
      `(${(growth.perThousand[0] / 1000).toFixed(1)} s → ${(growth.perThousand[1] / 1000).toFixed(1)} s per 1,000 sensors; 1.00 is linear).`,
  );
}
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(reports, null, 2)}\n`);
  log(`Figures written to ${values.json}.`);
}
