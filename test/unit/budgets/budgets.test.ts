import { describe, expect, it } from 'vitest';
import {
  budgetProblems,
  ISLAND_CHUNKS,
  ON_DEMAND_CHUNKS,
  onDemandProblems,
  type PageWeight,
} from '../../../src/tooling/budgets/budgets.ts';
import { pageAssets, staticImports } from '../../../src/tooling/budgets/page-assets.ts';

describe('what a page loads', () => {
  it('finds scripts, island components, preloads, inline scripts and stylesheets', () => {
    const assets =
      pageAssets(`<head><link rel="stylesheet" href="/_astro/style.css"><link rel="modulepreload" href="/_astro/a.js">
      <script type="module" src="/_astro/box.js"></script><script>(()=>{island loader})()</script>
      <script type="application/ld+json">{"@type":"Dataset"}</script></head>
      <astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{}"></astro-island>`);
    expect(assets).toEqual({
      scripts: ['/_astro/box.js', '/_astro/a.js', '/_astro/Quiz.js', '/_astro/client.js'],
      inlineScripts: ['(()=>{island loader})()'],
      stylesheets: ['/_astro/style.css'],
      hasIslands: true,
    });
  });

  it('follows static imports but not dynamic ones, which load on demand', () => {
    const code = 'import{a}from"./preact.js";import"./side.js";const m=()=>import(`./map.js`);';
    expect(staticImports(code)).toEqual(['./preact.js', './side.js']);
  });
});

describe('budget problems', () => {
  const page = (overrides: Partial<PageWeight>): PageWeight => ({
    page: '/en/x/',
    hasIslands: false,
    html: 5000,
    js: 0,
    siteScripts: {},
    onDemandOnArrival: [],
    css: 5000,
    ...overrides,
  });

  it('name the page and the overage', () => {
    expect(budgetProblems(page({ html: 15 * 1024 }))).toEqual([
      '/en/x/: HTML 15.0 KB gzip, 1.0 KB over the 14.0 KB budget',
    ]);
    expect(budgetProblems(page({ hasIslands: true, js: 26 * 1024 }))).toEqual([
      '/en/x/: JavaScript 26.0 KB gzip, 1.0 KB over the 25.0 KB budget',
    ]);
  });

  it('allow only the named site scripts on pages without islands, within their caps', () => {
    expect(budgetProblems(page({ js: 1300, siteScripts: { 'header search box loader': 1300 } }))).toEqual([]);
    expect(budgetProblems(page({ js: 1500, siteScripts: { 'header search box loader': 1300 } }))).toEqual([
      '/en/x/: 0.2 KB gzip of JavaScript on a page without islands (budget: none)',
    ]);
    expect(budgetProblems(page({ js: 3000, siteScripts: { 'header search box loader': 3000 } }))[0]).toMatch(
      /header search box loader is 2\.9 KB gzip, 0\.9 KB over its 2\.0 KB/,
    );
  });
});

describe('on-demand chunks', () => {
  const decoder = ON_DEMAND_CHUNKS[0]!;

  it('name the QR decoder by its file', () => {
    expect(decoder.name).toMatch(/^QR decoder \(jsQR/);
    expect(decoder.file.test('/_astro/qr-frame-reader.B1x-9z.js')).toBe(true);
    expect(decoder.file.test('/_astro/QrScanner.B1x-9z.js')).toBe(false);
  });

  it('are a problem on a page that loads them on arrival, when missing from the build or over their cap', () => {
    const weight: PageWeight = {
      page: '/en/classroom/results/',
      hasIslands: true,
      html: 5000,
      js: 5000,
      siteScripts: {},
      onDemandOnArrival: [decoder.name],
      css: 5000,
    };
    expect(budgetProblems(weight)).toEqual([
      `/en/classroom/results/: the ${decoder.name} loads with the page; it must load only when asked for`,
    ]);
    expect(onDemandProblems([{ name: decoder.name, bytes: undefined }])[0]).toMatch(/is not in the build/);
    expect(onDemandProblems([{ name: decoder.name, bytes: 51 * 1024 }])).toEqual([
      `the ${decoder.name} is 51.0 KB gzip, 1.0 KB over its 50.0 KB`,
    ]);
    expect(onDemandProblems([{ name: decoder.name, bytes: 46 * 1024 }])).toEqual([]);
  });

  it('names the proposal form island and holds it to its own cap', () => {
    const form = ISLAND_CHUNKS.find((chunk) => chunk.file.test('/_astro/ProposeForm.CVa7ATbz.js'))!;
    expect(form.name).toBe('proposal form (/<lang>/register/propose/)');
    expect(onDemandProblems([{ name: form.name, bytes: undefined }], ISLAND_CHUNKS, 'ISLAND_CHUNKS')).toEqual([
      `the ${form.name} is not in the build: if its file was renamed, update ISLAND_CHUNKS in src/tooling/budgets/budgets.ts`,
    ]);
    expect(onDemandProblems([{ name: form.name, bytes: 13 * 1024 }], ISLAND_CHUNKS)).toEqual([
      `the ${form.name} is 13.0 KB gzip, 1.0 KB over its 12.0 KB`,
    ]);
  });
});
