/**
 * `npm run bench:editor`: the browser editor's figures for docs/editing.md, and its screenshots.
 * Serves dist/ (npm run build first, with the editor enabled in city.config.ts) and decap-server
 * on a throwaway copy of content/, then in Chromium with the CPU slowed four times (the throttled
 * profile of docs/performance.md) measures the time from opening /admin/ to the first form one can
 * type in, and takes the screenshots docs/editing.md shows (docs/images/editing-*.png).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { measureEditor } from '../src/tooling/budgets/editor.ts';
import { serve } from './bench-site.ts';
import { chromiumArgs, findChromium } from './support/chromium.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const weight = measureEditor(dist);
if (!weight) {
  console.error(
    'No dist/admin/: enable the editor in city.config.ts (editor.enabled), run `npm run build`, then this.',
  );
  process.exit(1);
}
const backendPort = Number(process.env['EDITOR_BACKEND_PORT'] ?? 8088);
const repo = mkdtempSync(join(tmpdir(), 'bench-editor-'));
cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
const backend = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server/dist/index.js')], {
  env: { ...process.env, PORT: String(backendPort), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs' },
  stdio: 'ignore',
});
const { server, url } = await serve(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

async function editorPage(throttle: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace(
      'local_backend: true',
      `local_backend:\n  url: http://127.0.0.1:${backendPort}/api/v1`,
    );
    await route.fulfill({ response, body: text });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return page;
}

/** Opening /admin/, signing in to the local backend, opening a lesson: until its title can be typed in. */
async function timeToFirstForm(): Promise<number> {
  const page = await editorPage(4);
  const started = Date.now();
  await page.goto(`${url}/admin/#/collections/lessons/entries/home-network`);
  await page.getByRole('button', { name: 'Login' }).click({ timeout: 120_000 });
  await page.locator('.Pane1').getByLabel('Title', { exact: true }).first().waitFor({ timeout: 120_000 });
  const elapsed = Date.now() - started;
  await page.close();
  return elapsed;
}

try {
  for (
    let wait = 0;
    wait < 50 && !(await fetch(`http://127.0.0.1:${backendPort}/api/v1`, { method: 'POST' }).catch(() => undefined));
    wait++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const runs = [await timeToFirstForm(), await timeToFirstForm(), await timeToFirstForm()].sort((a, b) => a - b);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `Editor bytes (gzip): ${kb(weight.onArrival)} on opening /admin/, ${kb(weight.onDemand)} more on demand.`,
  );
  console.log(
    `Time to the first editable form, CPU slowed 4x: median ${(runs[1]! / 1000).toFixed(1)} s (runs: ${runs.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s).`,
  );

  const page = await editorPage(1);
  await page.goto(`${url}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: 'Register: devices' }).click();
  await page.getByText('Air quality reference station Lakenstraat').waitFor();
  await page.screenshot({ path: join(root, 'docs/images/editing-register.png') });
  await page.goto(`${url}/admin/#/collections/advisories/entries/smart-plug-update`);
  await page.locator('.Pane2').getByText('Writing in NL').click();
  await page.getByRole('menuitem', { name: 'AR' }).click();
  await page.locator('.Pane2').getByLabel('Title', { exact: true }).waitFor();
  await page.screenshot({ path: join(root, 'docs/images/editing-languages.png') });
  // A new page: leaving an entry whose languages were switched asks "leave?", which would stop the next visit.
  const lesson = await editorPage(1);
  await lesson.goto(`${url}/admin/#/collections/lessons/entries/home-network`);
  await lesson.getByRole('button', { name: 'Login' }).click();
  await lesson.locator('.Pane1').getByRole('group', { name: 'Blocks in this text' }).scrollIntoViewIfNeeded();
  await lesson.screenshot({ path: join(root, 'docs/images/editing-blocks.png') });
  console.log('Screenshots: docs/images/editing-register.png, editing-languages.png, editing-blocks.png');
} finally {
  await browser.close();
  server.close();
  backend.kill();
  if (existsSync(repo)) rmSync(repo, { recursive: true, force: true });
}
