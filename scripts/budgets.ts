/**
 * `npm run budgets`: checks every page of the built site (dist/) against the budgets of
 * docs/performance.md and names each page and overage. Part of `npm test`, after the build.
 */
import { join } from 'node:path';
import { BUDGETS, budgetProblems, ISLAND_CHUNKS, onDemandProblems } from '../src/tooling/budgets/budgets.ts';
import { editorOnPublicPages, measureEditor } from '../src/tooling/budgets/editor.ts';
import { measureOnDemand, measureSite } from '../src/tooling/budgets/measure.ts';

const dist = join(import.meta.dirname, '..', 'dist');
const weights = measureSite(dist);
const onDemand = measureOnDemand(dist);
const islands = measureOnDemand(dist, ISLAND_CHUNKS);
const editor = measureEditor(dist);
const problems = [
  ...weights.flatMap(budgetProblems),
  ...onDemandProblems(onDemand),
  ...onDemandProblems(islands, ISLAND_CHUNKS, 'ISLAND_CHUNKS'),
  ...editorOnPublicPages(dist),
];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const heaviest = (key: 'html' | 'js' | 'css', islands?: boolean) =>
  weights.filter((w) => islands === undefined || w.hasIslands === islands).reduce((a, b) => (b[key] > a[key] ? b : a));

const html = heaviest('html');
const jsIslands = heaviest('js', true);
const jsPlain = heaviest('js', false);
console.log(`Budgets over ${weights.length} pages (gzip):`);
console.log(`  HTML        heaviest ${kb(html.html)} (${html.page})            budget ${kb(BUDGETS.html)}`);
console.log(`  JS, islands heaviest ${kb(jsIslands.js)} (${jsIslands.page})    budget ${kb(BUDGETS.jsWithIslands)}`);
console.log(
  `  JS, others  heaviest ${kb(jsPlain.js)} (${jsPlain.page}), of it site scripts: ${JSON.stringify(Object.fromEntries(Object.entries(jsPlain.siteScripts).map(([k, v]) => [k, kb(v)])))}`,
);
console.log(`  CSS         ${kb(heaviest('css').css)}                               budget ${kb(BUDGETS.css)}`);
for (const chunk of onDemand)
  console.log(
    `  On demand   ${chunk.bytes === undefined ? 'missing' : kb(chunk.bytes)} ${chunk.file ?? ''}: ${chunk.name}, on no page's first load`,
  );
for (const chunk of islands)
  console.log(
    `  Island      ${chunk.bytes === undefined ? 'missing' : kb(chunk.bytes)} ${chunk.file ?? ''}: ${chunk.name}, cap ${kb(ISLAND_CHUNKS.find((item) => item.name === chunk.name)!.max)}`,
  );
console.log(
  editor
    ? `  Editor      ${kb(editor.onArrival)} on opening /admin/, ${kb(editor.onDemand)} more on demand: for the communications team, on no public page`
    : '  Editor      not published (city.config.ts: editor.enabled)',
);
if (problems.length > 0) {
  console.error(`\n${problems.length} budget${problems.length > 1 ? 's' : ''} broken:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('All pages are within budget.');
