import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * The browser editor against a throwaway copy of content/: decap-server (Decap CMS's local
 * backend, as `npm run editor` starts it) writing into a temporary folder, and the page set up to
 * use it, record every request to another host and every Content Security Policy violation.
 */

const root = join(import.meta.dirname, '..', '..');
export const contentSource = join(root, 'content');

export interface EditorBackend {
  /** The folder decap-server writes in; its content/ is the copy. */
  repo: string;
  url: string;
  stop(): void;
}

export async function startEditorBackend(port: number): Promise<EditorBackend> {
  const repo = mkdtempSync(join(tmpdir(), 'editor-'));
  cpSync(contentSource, join(repo, 'content'), { recursive: true });
  const server: ChildProcess = spawn(
    process.execPath,
    [createRequire(import.meta.url).resolve('decap-server/dist/index.js')],
    {
      env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: repo, MODE: 'fs' },
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/api/v1`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).catch(() => undefined);
    if (answer?.ok) {
      return {
        repo,
        url,
        stop: () => {
          server.kill();
          rmSync(repo, { recursive: true, force: true });
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`decap-server did not answer on ${url}`);
}

export interface EditorPage {
  /** Requests to any host but the site's and the local backend's. */
  foreignRequests: string[];
  violations(): Promise<string[]>;
}

/**
 * Opens /admin/ signed in to the local backend. The built config.yml names Decap's default port;
 * the test's decap-server listens on its own, so the config is pointed there on the way.
 */
export async function openEditor(page: Page, backend: EditorBackend, hash = ''): Promise<EditorPage> {
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') foreignRequests.push(request.url());
  });
  await page.context().route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (event) =>
      found.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.route('**/admin/config.yml', async (route) => {
    const response = await route.fetch();
    const text = (await response.text()).replace('local_backend: true', `local_backend:\n  url: ${backend.url}`);
    await route.fulfill({ response, body: text });
  });
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: 'Lessons' }).waitFor();
  if (hash) await page.goto(`/admin/${hash}`);
  return {
    foreignRequests,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

/** Publishes the open entry and waits until Decap says it is saved. */
export async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await page.getByText('Entry saved').or(page.getByText('Entry published')).first().waitFor();
}
