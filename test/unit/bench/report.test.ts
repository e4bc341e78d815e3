import { describe, expect, it } from 'vitest';
import { assetKind, weighPage } from '../../../src/tooling/bench/page-weights.ts';
import {
  buildGrowth,
  checkTargets,
  formatSizeReport,
  type BuildFigures,
  type SizeReport,
} from '../../../src/tooling/bench/report.ts';

const build = (size: number, wallMs: number, peakRssBytes = 2 * 1024 ** 3): BuildFigures => ({
  size,
  sensors: size + 84,
  pages: size * 7,
  files: size * 9,
  wallMs,
  peakRssBytes,
  distBytes: size * 150_000,
});

describe('page weights', () => {
  it('counts the page, scripts and styles apart from everything else', () => {
    expect(['document', 'script', 'stylesheet', 'fetch', 'image'].map(assetKind)).toEqual([
      'html',
      'js',
      'css',
      'other',
      'other',
    ]);
    const weight = weighPage('sensor', '/nl/register/x/', [
      { url: '/nl/register/x/', resourceType: 'document', raw: 30_000, gzip: 6_000 },
      { url: '/a.js', resourceType: 'script', raw: 1_000, gzip: 500 },
      { url: '/b.js', resourceType: 'script', raw: 2_000, gzip: 900 },
      { url: '/icons.svg', resourceType: 'image', raw: 4_000, gzip: 1_500 },
    ]);
    expect(weight.requests).toBe(4);
    expect(weight.bytes).toEqual({
      html: { raw: 30_000, gzip: 6_000 },
      js: { raw: 3_000, gzip: 1_400 },
      css: { raw: 0, gzip: 0 },
      other: { raw: 4_000, gzip: 1_500 },
    });
  });
});

describe('targets', () => {
  it('holds a 10,000-sensor build to 180 s and 4 GB, and says which one is missed', () => {
    const checks = checkTargets({ build: build(10_000, 181_000), pages: [] });
    expect(checks.map((c) => [c.measured, c.met])).toEqual([
      ['181.0 s', false],
      ['2.00 GB', true],
    ]);
    expect(checkTargets({ build: build(1_000, 400_000), pages: [] })).toEqual([]);
  });

  it('wants Lighthouse 100 for accessibility and best practices, 95 for performance', () => {
    const page = { type: 'home', path: '/nl/', seo: 100, failing: [] };
    const checks = checkTargets({
      build: build(1_000, 1),
      pages: [],
      lighthouse: [
        { ...page, performance: 95, accessibility: 100, bestPractices: 100 },
        { ...page, performance: 99, accessibility: 98, bestPractices: 100 },
        { ...page, performance: null, accessibility: 100, bestPractices: 100 },
      ],
    });
    expect(checks.map((c) => c.met)).toEqual([true, false, false]);
  });

  it('wants search to beat Pagefind on bytes and time, and warm queries under 50 ms', () => {
    const report: SizeReport = {
      build: build(1_000, 1),
      pages: [],
      search: {
        figures: [
          { tool: 'lunr', bytesToFirstResults: 32_000, firstResultsThrottledMs: 1_300, warmP95Ms: 51 },
          { tool: 'pagefind', bytesToFirstResults: 170_000, firstResultsThrottledMs: 2_600, warmP95Ms: 40 },
        ],
      },
    };
    expect(checkTargets(report).map((c) => c.met)).toEqual([true, true, false]);
    // Without Pagefind's figures (its indexer failed), only this site's own target is checked.
    const alone = { ...report, search: { figures: report.search!.figures.slice(0, 1) } };
    expect(checkTargets(alone).map((c) => c.target)).toEqual(['search: warm query p95 (throttled) ≤ 50 ms']);
  });
});

describe('growth', () => {
  it('is 1 for time in proportion to sensors and 2 for quadratic time', () => {
    const linear = buildGrowth(
      { ...build(1_000, 10_000), sensors: 1_000 },
      { ...build(10_000, 100_000), sensors: 10_000 },
    );
    expect(linear.exponent).toBeCloseTo(1, 5);
    expect(linear.perThousand).toEqual([10_000, 10_000]);
    const quadratic = buildGrowth(
      { ...build(1_000, 1_000), sensors: 1_000 },
      { ...build(10_000, 100_000), sensors: 10_000 },
    );
    expect(quadratic.exponent).toBeCloseTo(2, 5);
  });
});

describe('the printed report', () => {
  it('has one table each for the build, the pages, Lighthouse and the targets', () => {
    const text = formatSizeReport({
      build: build(10_000, 150_000),
      pages: [weighPage('home', '/nl/', [{ url: '/nl/', resourceType: 'document', raw: 20_480, gzip: 5_120 }])],
      lighthouse: [
        {
          type: 'home',
          path: '/nl/',
          performance: 100,
          accessibility: 100,
          bestPractices: 100,
          seo: 92,
          failing: ['seo: canonical'],
        },
      ],
    });
    expect(text).toContain('### 10,000 generated sensors (10,084 in the register)');
    expect(text).toContain('| 150.0 s | 70,000 | 467 | 2.00 GB | 1431 MB | 90,000 |');
    expect(text).toContain('| home | `/nl/` | 1 | 20.0 KB / 5.0 KB | 0.0 KB / 0.0 KB |');
    expect(text).toContain('| home | 100 | 100 | 100 | 92 | seo: canonical |');
    expect(text).toContain('| build of 10,000 sensors ≤ 180 s | 150.0 s | yes |');
  });
});
