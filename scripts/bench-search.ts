/**
 * Benchmark: this site's search (lunr, sharded index) against Pagefind on the same built site,
 * with N synthetic sensors plus the real content (84 sensors, lessons, pages, glossary), in Chromium, plain and
 * throttled (CPU 4× slower; 150 ms latency, 200 KB/s), served gzip (and brotli where a .br exists).
 *
 *   npm run bench:search                       # 1,000 and 10,000 sensors
 *   npm run bench:search -- --sizes 1000       # one size
 *
 * Prints, per size: bytes transferred from focusing the box to the first results, time to first
 * results (median over the queries), warm query p95, and index bytes per language. Synthetic
 * content and builds go to a temporary directory, never into content/ or dist/.
 * `measureSearch()` and `formatReport()` are used by the site-wide benchmark (`npm run bench`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './support/chromium.ts';
import { serve, withGeneratedSite } from './bench-site.ts';

export type Tool = 'lunr' | 'pagefind';
export interface ToolFigures {
  tool: Tool;
  /** Median over the queries of the bytes on the wire from focus to first results. */
  bytesToFirstResults: number;
  firstResultsPlainMs: number;
  firstResultsThrottledMs: number;
  /** Throttled, each query seen before. */
  warmP95Ms: number;
  /** Throttled, the first time each query is typed (its index parts not yet fetched). */
  firstSeenMedianMs: number;
  /** Index files per language: raw, gzip and brotli bytes (Pagefind's files are gzip already). */
  indexBytes: Record<string, { raw: number; gzip: number; brotli: number; files: number }>;
}
export interface BenchReport {
  sensors: number;
  figures: ToolFigures[];
  /** Why Pagefind has no figures at this size (its indexer failed), if it has none. */
  pagefindError?: string;
}

const queries = [
  'kentekencamera centrum',
  'luchtkwaliteit',
  'wifi',
  'wachtwoord',
  'geluid',
  'parkeren',
  'gemeente',
  'camra',
  'fietsers',
  'waterstand',
];
const firstResultQueries = queries.slice(0, 5);
const locale = 'nl';
const throttle = { latency: 150, downloadThroughput: 200 * 1024, uploadThroughput: 200 * 1024 };

/** A page with only a box that loads Pagefind's JS API on focus and shows six results, like ours. */
function pagefindHarness(lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<input id="header-search" type="search"><ul id="results" role="listbox"></ul>
<script type="module">
const input = document.getElementById('header-search');
let pagefind;
let latest = 0;
input.addEventListener('focus', () => {
  pagefind = import('/pagefind/pagefind.js').then(async (module) => { await module.init(); return module; });
}, { once: true });
input.addEventListener('input', async () => {
  const id = ++latest;
  const query = input.value;
  const module = await pagefind;
  const search = await module.search(query);
  if (!search) return;
  const data = await Promise.all(search.results.slice(0, 6).map((result) => result.data()));
  if (id !== latest) return;
  const list = document.getElementById('results');
  list.replaceChildren(...data.map((item) => Object.assign(document.createElement('li'), { textContent: item.meta.title })));
  list.dataset.query = query;
});
</script></body></html>`;
}

/** Waits until the results list shows `query`; returns the time since `since` (page clock, ms). */
async function timeUntilShown(page: Page, query: string, since: number): Promise<number> {
  const handle = await page.waitForFunction(
    (q) => {
      const list = document.querySelector<HTMLElement>('[role=listbox][data-query]');
      return list && list.dataset['query'] === q ? performance.now() : false;
    },
    query,
    { polling: 'raf', timeout: 60_000 },
  );
  return ((await handle.jsonValue()) as number) - since;
}

async function firstResults(
  browser: Browser,
  base: string,
  path: string,
  query: string,
  throttled: boolean,
): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  if (throttled) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...throttle });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  // Playwright reports the requests of dedicated workers too (Pagefind fetches its index from one);
  // a CDP session on the page alone would miss them.
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) =>
    sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)),
  );
  const box = page.locator('#header-search');
  const focused = await box.evaluate((input) => {
    input.focus();
    return performance.now();
  });
  await page.keyboard.type(query);
  const ms = await timeUntilShown(page, query, focused);
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { ms, bytes };
}

async function queryTimes(
  browser: Browser,
  base: string,
  path: string,
): Promise<{ warm: number[]; firstSeen: number[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...throttle });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.locator('#header-search').focus();
  const run = async (query: string) => {
    const start = await page.locator('#header-search').evaluate((input, q) => {
      const box = input as HTMLInputElement;
      const started = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return started;
    }, query);
    return timeUntilShown(page, query, start);
  };
  const firstSeen: number[] = [];
  for (const query of queries) firstSeen.push(await run(query));
  const warm: number[] = [];
  for (let round = 0; round < 3; round++) for (const query of queries) warm.push(await run(query));
  await context.close();
  return { warm, firstSeen };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;

function indexBytes(
  folder: string,
  languageOf: (file: string) => string | undefined,
  compressedAlready = false,
): ToolFigures['indexBytes'] {
  const sizes: ToolFigures['indexBytes'] = {};
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  for (const file of walk(folder)) {
    if (/\.(br|gz)$/.test(file)) continue;
    const lang = languageOf(relative(folder, file));
    if (!lang) continue;
    const body = readFileSync(file);
    const size = (sizes[lang] ??= { raw: 0, gzip: 0, brotli: 0, files: 0 });
    size.raw += body.length;
    // Pagefind gzips its index files itself and serves them as they are.
    size.gzip += compressedAlready ? body.length : gzipSync(body, { level: 9 }).length;
    size.brotli += compressedAlready ? body.length : brotliCompressSync(body).length;
    size.files++;
  }
  return sizes;
}

/** Builds the site with `sensors` synthetic sensors and measures both tools on it. */
export async function benchSearch(sensors: number, log: (line: string) => void = console.log): Promise<BenchReport> {
  return withGeneratedSite(sensors, 'bench-search', async ({ content, dist }) => {
    log(`${sensors} sensors: generated; building (this takes a while) ...`);
    execFileSync('npm', ['run', 'build', '--', '--outDir', dist], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CONTENT_DIR: content },
    });
    return measureSearch(dist, sensors, log);
  });
}

/** Indexes a built site with Pagefind and measures both tools on it (Pagefind's files stay in dist). */
export async function measureSearch(
  dist: string,
  sensors: number,
  log: (line: string) => void = console.log,
): Promise<BenchReport> {
  log(`${sensors} sensors: indexing with Pagefind ...`);
  const tools: Tool[] = ['lunr'];
  let pagefindError: string | undefined;
  const indexing = spawnSync('npx', ['pagefind', '--site', dist, '--output-subdir', 'pagefind'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (indexing.status === 0) tools.push('pagefind');
  else {
    // This site's figures are still worth having; the report says why Pagefind's are missing.
    const output = `${indexing.stdout ?? ''}${indexing.stderr ?? ''}`.trim().split('\n').slice(-5).join(' / ');
    pagefindError = `Pagefind's indexer ended with ${indexing.status ?? indexing.signal}: ${output || indexing.error?.message || 'no output'}`;
    log(pagefindError);
  }

  const harness = new Map([['/__bench/pagefind/', pagefindHarness(locale)]]);
  const { server, url } = await serve(dist, harness);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const figures: ToolFigures[] = [];
  try {
    for (const tool of tools) {
      log(`${sensors} sensors: measuring ${tool} ...`);
      const path = tool === 'lunr' ? `/${locale}/about/` : '/__bench/pagefind/';
      const plain: number[] = [];
      const throttled: number[] = [];
      const bytes: number[] = [];
      for (const query of firstResultQueries) {
        plain.push((await firstResults(browser, url, path, query, false)).ms);
        const slow = await firstResults(browser, url, path, query, true);
        throttled.push(slow.ms);
        bytes.push(slow.bytes);
      }
      const times = await queryTimes(browser, url, path);
      figures.push({
        tool,
        bytesToFirstResults: median(bytes),
        firstResultsPlainMs: median(plain),
        firstResultsThrottledMs: median(throttled),
        warmP95Ms: p95(times.warm),
        firstSeenMedianMs: median(times.firstSeen),
        indexBytes:
          tool === 'lunr'
            ? indexBytes(join(dist, 'data', 'search'), (file) => /^([a-z]{2,3})[.-]/.exec(file)?.[1])
            : indexBytes(
                join(dist, 'pagefind'),
                (file) => /(?:^|\/)(?:pagefind\.)?([a-z]{2,3})_[0-9a-f]+\.pf_/.exec(file)?.[1],
                true,
              ),
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { sensors, figures, ...(pagefindError ? { pagefindError } : {}) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** Markdown tables of one report: both tools side by side, with lunr/Pagefind ratios. */
export function formatReport({ sensors, figures, pagefindError }: BenchReport): string {
  const lunr = figures.find((f) => f.tool === 'lunr')!;
  const pagefind = figures.find((f) => f.tool === 'pagefind');
  const row = (f: ToolFigures) =>
    `| ${sensors.toLocaleString('en')} | ${f.tool === 'lunr' ? 'this site (lunr, sharded)' : 'Pagefind 1.6'} | ${kb(f.bytesToFirstResults)} | ${ms(f.firstResultsPlainMs)} / ${ms(f.firstResultsThrottledMs)} | ${ms(f.warmP95Ms)} (first time a query is seen: ${ms(f.firstSeenMedianMs)}) |`;
  const lines = [
    '| entries | tool | bytes before first results | first results (plain / throttled) | warm query p95 (throttled) |',
    '|---|---|---|---|---|',
    row(lunr),
    pagefind
      ? row(pagefind)
      : `| ${sensors.toLocaleString('en')} | Pagefind 1.6 | no figures: ${pagefindError ?? 'not run'} | | |`,
  ];
  if (pagefind)
    lines.push(
      `| | lunr ÷ Pagefind | ${ratio(lunr.bytesToFirstResults, pagefind.bytesToFirstResults)} | ${ratio(lunr.firstResultsPlainMs, pagefind.firstResultsPlainMs)} / ${ratio(lunr.firstResultsThrottledMs, pagefind.firstResultsThrottledMs)} | ${ratio(lunr.warmP95Ms, pagefind.warmP95Ms)} |`,
    );
  lines.push('', '| entries | tool | language | files | raw | gzip | brotli |', '|---|---|---|---|---|---|---|');
  for (const f of figures)
    for (const [lang, size] of Object.entries(f.indexBytes))
      lines.push(
        `| ${sensors.toLocaleString('en')} | ${f.tool} | ${lang} | ${size.files} | ${kb(size.raw)} | ${kb(size.gzip)} | ${kb(size.brotli)} |`,
      );
  return lines.join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
  for (const size of values.sizes.split(',').map(Number)) {
    const report = await benchSearch(size, (line) => console.error(line));
    console.log(`\n${formatReport(report)}\n`);
  }
}
