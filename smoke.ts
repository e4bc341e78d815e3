import { loadRegister } from './src/lib/register/load-register.ts';
import { readGlossaries } from './src/lib/glossary.ts';
import { sensorDocuments, glossaryDocuments } from './src/lib/search/documents.ts';
import { buildSearchIndex } from './src/lib/search/build-index.ts';
import { wordRules } from './src/lib/search/language.ts';
import { openSearch } from './src/lib/search/engine.ts';
import { gzipSync } from 'node:zlib';
const dir = process.argv[2] ?? 'content';
const reg = loadRegister(dir);
const { glossaries } = readGlossaries('content', ['en','nl','ar']);
for (const locale of ['nl']) {
  const docs = [...sensorDocuments(reg, locale, 'en'), ...glossaryDocuments(glossaries, locale, 'en')];
  const rules = await wordRules(locale);
  let t = performance.now();
  const built = buildSearchIndex(docs, locale, rules);
  console.log('build ms', Math.round(performance.now()-t), 'files', built.files.length);
  const files = new Map(built.files.map(f => [f.name === locale ? `/data/search/${locale}.json` : `/data/search/${f.name}.json`, f.body]));
  let raw=0, gz=0; for (const f of built.files.filter(f=>f.name.includes('-t'))) { raw+=f.body.length; gz+=gzipSync(f.body).length; }
  console.log('shards', built.meta.shards.length, 'raw', raw, 'gz', gz, 'meta gz', gzipSync(built.files[0].body).length);
  let fetched = 0, fbytes = 0;
  const engine = await openSearch(locale, `/data/search/${locale}.json`, async (url) => { fetched++; fbytes += gzipSync(files.get(url)!).length; return JSON.parse(files.get(url)!); });
  for (const q of ['camera centrum', 'camra', 'wifi', 'wi fi', 'wi-fi', 'gemeente', 'kentekencamera', 'lucht', '+*~^:', '<script>alert(1)</script>', 'x'.repeat(500), '']) {
    fetched = 0; fbytes = 0;
    t = performance.now();
    const out = await engine.search(q);
    const shown = await engine.show(out.hits.slice(0, 3));
    console.log(JSON.stringify(q.slice(0,30)), Math.round(performance.now()-t), 'ms', out.hits.length, JSON.stringify(out.counts), 'fetched', fetched, fbytes, shown.map(s => s.title).join(' | '), [...out.matched].slice(0,5).join(','));
  }
}
{
  const locale='nl';
  const docs = [...sensorDocuments(reg, locale, 'en'), ...glossaryDocuments(glossaries, locale, 'en')];
  const rules = await wordRules(locale);
  const built = buildSearchIndex(docs, locale, rules);
  const files = new Map(built.files.map(f => [f.name === locale ? `/data/search/${locale}.json` : `/data/search/${f.name}.json`, f.body]));
  const engine = await openSearch(locale, `/data/search/${locale}.json`, async (url) => JSON.parse(files.get(url)!));
  const qs = ['camera centrum', 'camra', 'wifi', 'wi fi', 'gemeente', 'kentekencamera', 'lucht', 'parkeren', 'geluid', 'persoonsgegevens'];
  for (const q of qs) await engine.search(q);
  const times: number[] = [];
  for (let r = 0; r < 3; r++) for (const q of qs) { const t = performance.now(); const o = await engine.search(q); await engine.show(o.hits.slice(0,10)); times.push(performance.now()-t); }
  times.sort((a,b)=>a-b); console.log('warm p50', times[Math.floor(times.length/2)].toFixed(1), 'p95', times[Math.floor(times.length*0.95)].toFixed(1), 'max', times.at(-1).toFixed(1));
}
{
  const locale='nl';
  const docs = [...sensorDocuments(reg, locale, 'en'), ...glossaryDocuments(glossaries, locale, 'en')];
  const rules = await wordRules(locale);
  const built = buildSearchIndex(docs, locale, rules);
  const files = new Map(built.files.map(f => [f.name === locale ? `/data/search/${locale}.json` : `/data/search/${f.name}.json`, f.body]));
  const engine = await openSearch(locale, `/data/search/${locale}.json`, async (url) => JSON.parse(files.get(url)!));
  const qs = ['camera centrum', 'camra', 'wifi', 'wi fi', 'gemeente', 'kentekencamera', 'lucht', 'parkeren', 'geluid', 'persoonsgegevens'];
  for (const q of qs) await engine.search(q);
  for (const q of qs) { let t = performance.now(); const o = await engine.search(q); const a = performance.now()-t; t = performance.now(); await engine.show(o.hits.slice(0,10)); console.log(q, a.toFixed(1), (performance.now()-t).toFixed(1)); }
}
