/**
 * `npm run editor`: the browser editor on this computer. Starts decap-server (Decap CMS's local
 * backend, which writes the files of this checkout) and the dev server, which runs the content
 * check after every save and prints its report; the editor shows it too (docs/editing.md).
 * Open http://localhost:4321/admin/ when it says so. Ctrl+C stops both.
 *
 * EDITOR_BACKEND_PORT (8081) and EDITOR_PORT (4321) change the ports; CONTENT_DIR edits another
 * content tree (its parent folder is the one decap-server writes in).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { siteContentDir } from '../src/site/content-dir.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, siteContentDir());
const backendPort = process.env['EDITOR_BACKEND_PORT'] ?? '8081';
const sitePort = process.env['EDITOR_PORT'] ?? '4321';
const decapServer = createRequire(import.meta.url).resolve('decap-server/dist/index.js');

const children: ChildProcess[] = [
  spawn(process.execPath, [decapServer], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // Only this computer may write through it (it has no sign-in).
    env: {
      ...process.env,
      PORT: backendPort,
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: dirname(contentDir),
      MODE: 'fs',
    },
  }),
  spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', sitePort], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EDITOR_BACKEND_PORT: backendPort },
  }),
];

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());

console.log(
  `Editor: open /admin/ at the address the dev server prints below (port ${sitePort} unless it is taken); saves go to ${relative(root, contentDir)}/`,
);

// A save writes one or more files at once (a translated entry: one per language): name them once.
// The dev server runs the content check after every change and prints its report
// (src/integrations/content-preview.ts); printing it here as well showed each report twice.
let pending: NodeJS.Timeout | undefined;
const changed = new Set<string>();
watch(contentDir, { recursive: true }, (_event, name) => {
  if (!name) return;
  changed.add(name);
  clearTimeout(pending);
  pending = setTimeout(() => {
    const files = [...changed].sort();
    changed.clear();
    console.log(`\nSaved: ${files.map((file) => join(relative(root, contentDir), file)).join(', ')}`);
  }, 400);
});
