import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..', '..');
const trees: string[] = [];

afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs `npm run lint:imports`, exactly as `npm run lint` does, over a small tree of the given
 * files (with the project's package.json, rules and modules); returns its exit code and output.
 */
function lintImports(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'import-rules-'));
  trees.push(dir);
  for (const name of ['package.json', '.dependency-cruiser.cjs', '.dependency-cruiser-browser.cjs']) {
    cpSync(join(project, name), join(dir, name));
  }
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { allowImportingTsExtensions: true, moduleResolution: 'bundler' } }),
  );
  const tree = { 'src/islands/.keep.ts': '', 'scripts/.keep.ts': '', 'test/.keep.ts': '', ...files };
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync('npm', ['run', '--silent', 'lint:imports'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The `rule: from → to` lines of dependency-cruiser's report. */
function violations(output: string): string[] {
  return [...output.matchAll(/error ([\w-]+): (\S+) → (\S*)/g)].map(([, rule, from, to]) => `${rule}: ${from} → ${to}`);
}

describe('npm run lint fails on an import that breaks the rules of docs/architecture.md', () => {
  it('src/lib importing a component, a schema importing src/lib, a script importing test code, a cycle', () => {
    const { status, output } = lintImports({
      'src/components/badge.ts': 'export const badge = 1;\n',
      'src/lib/labels.ts': "import { badge } from '../components/badge.ts';\nexport const label = badge;\n",
      'src/schemas/sensor.ts': "import { label } from '../lib/labels.ts';\nexport const schema = label;\n",
      'test/support/browser.ts': 'export const chromium = 1;\n',
      'scripts/bench.ts': "import { chromium } from '../test/support/browser.ts';\nexport const run = chromium;\n",
      // A cycle where one direction imports only a type still counts.
      'src/lib/register/load.ts':
        "import { check } from './check.ts';\nexport type Entry = { id: string };\nexport const load = check;\n",
      'src/lib/register/check.ts':
        "import type { Entry } from './load.ts';\nexport const check = (entry: Entry) => entry.id;\n",
    });
    expect(status).not.toBe(0);
    expect(violations(output).sort()).toEqual([
      'lib-imports-no-ui: src/lib/labels.ts → src/components/badge.ts',
      'no-cycles: src/lib/register/check.ts → ',
      'schemas-import-no-lib: src/schemas/sensor.ts → src/lib/labels.ts',
      'scripts-import-no-tests: scripts/bench.ts → test/support/browser.ts',
    ]);
  });

  it('an island reaching a Node built-in or an astro module through another module, but not through a type', () => {
    const { status, output } = lintImports({
      'src/lib/read-file.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
      // Only src/site may import astro:content, so an island can reach it only through a component.
      'src/site/lessons.ts': "import { getCollection } from 'astro:content';\nexport const lessons = getCollection;\n",
      'src/components/entries.ts': "import { lessons } from '../site/lessons.ts';\nexport const entries = lessons;\n",
      'src/lib/types.ts': "import { readFileSync } from 'node:fs';\nexport type Reader = typeof readFileSync;\n",
      'src/islands/Map.tsx': "import { read } from '../lib/read-file.ts';\nexport const map = read;\n",
      'src/islands/List.tsx': "import { entries } from '../components/entries.ts';\nexport const list = entries;\n",
      'src/islands/Typed.tsx':
        "import type { Reader } from '../lib/types.ts';\nexport const typed: Reader | null = null;\n",
    });
    expect(status).not.toBe(0);
    expect(violations(output).sort()).toEqual([
      'islands-reach-no-astro: src/islands/List.tsx → astro:content',
      'islands-reach-no-node: src/islands/Map.tsx → fs',
    ]);
  });

  it('the city or a collection read outside src/site, src/lib reaching src/site or src/tooling, tooling imported by the site, an island importing src/site', () => {
    const { status, output } = lintImports({
      'city.config.ts': 'export const city = { name: "Lindenhaven" };\n',
      'src/site/city.ts': "export { city } from '../../city.config.ts';\n",
      'src/tooling/bench/report.ts': 'export const report = 1;\n',
      'src/components/Footer.ts': "import { city } from '../../city.config.ts';\nexport const footer = city;\n",
      'src/pages/lessons.ts': "import { getCollection } from 'astro:content';\nexport const lessons = getCollection;\n",
      'src/lib/name.ts': "import { city } from '../site/city.ts';\nexport const name = city.name;\n",
      'src/lib/weights.ts': "import { report } from '../tooling/bench/report.ts';\nexport const weights = report;\n",
      'src/layouts/Page.ts': "import { report } from '../tooling/bench/report.ts';\nexport const page = report;\n",
      'src/islands/Name.tsx': "import { city } from '../site/city.ts';\nexport const island = city;\n",
    });
    expect(status).not.toBe(0);
    expect(violations(output).sort()).toEqual([
      'islands-import-no-site: src/islands/Name.tsx → src/site/city.ts',
      'lib-imports-no-site-or-tooling: src/lib/name.ts → src/site/city.ts',
      'lib-imports-no-site-or-tooling: src/lib/weights.ts → src/tooling/bench/report.ts',
      'only-site-reads-city-and-content: src/components/Footer.ts → city.config.ts',
      'only-site-reads-city-and-content: src/pages/lessons.ts → astro:content',
      'only-tooling-imports-tooling: src/layouts/Page.ts → src/tooling/bench/report.ts',
      'only-tooling-imports-tooling: src/lib/weights.ts → src/tooling/bench/report.ts',
    ]);
  });

  it('a content kind importing UI or a build step, which Node scripts could then not read', () => {
    const { status, output } = lintImports({
      'src/components/badge.ts': 'export const badge = 1;\n',
      'src/integrations/service-worker.ts': 'export const worker = 1;\n',
      'src/content-kinds/lessons.ts':
        "import { badge } from '../components/badge.ts';\nimport { worker } from '../integrations/service-worker.ts';\nexport const lessons = [badge, worker];\n",
    });
    expect(status).not.toBe(0);
    expect(violations(output).sort()).toEqual([
      'content-kinds-stay-plain: src/content-kinds/lessons.ts → src/components/badge.ts',
      'content-kinds-stay-plain: src/content-kinds/lessons.ts → src/integrations/service-worker.ts',
    ]);
  });

  it('passes a tree that keeps them', () => {
    const { status, output } = lintImports({
      'src/schemas/sensor.ts': 'export const schema = 1;\n',
      'src/lib/labels.ts': "import { schema } from '../schemas/sensor.ts';\nexport const label = schema;\n",
      'src/islands/List.tsx': "import { label } from '../lib/labels.ts';\nexport const list = label;\n",
      'scripts/bench.ts': "import { label } from '../src/lib/labels.ts';\nexport const run = label;\n",
      'city.config.ts': 'export const city = { name: "Lindenhaven" };\n',
      'src/site/city.ts': "export { city } from '../../city.config.ts';\n",
      'src/site/lessons.ts': "import { getCollection } from 'astro:content';\nexport const lessons = getCollection;\n",
      'src/content.config.ts':
        "import { defineCollection } from 'astro:content';\nexport const collections = defineCollection;\n",
      'src/pages/index.ts':
        "import { city } from '../site/city.ts';\nimport { label } from '../lib/labels.ts';\nexport const page = [city, label];\n",
      'src/tooling/bench/report.ts': "import { label } from '../../lib/labels.ts';\nexport const report = label;\n",
      'scripts/budgets.ts':
        "import { report } from '../src/tooling/bench/report.ts';\nexport const budgets = report;\n",
    });
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  });
});
