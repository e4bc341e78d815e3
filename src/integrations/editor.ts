import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import type { City } from '../schemas/city.ts';
import { editorPageHtml, editorPolicy } from '../lib/editor/admin-page.ts';
import { editorConfigText } from '../site/editor-config.ts';
import { checkSummary } from '../lib/editor/check-summary.ts';
import { checkContent } from '../lib/content-check/check-content.ts';
import { siteCheckOptions } from '../site/content-check.ts';

/**
 * The browser editor at /admin/ (docs/editing.md), when the city profile enables it: Decap CMS
 * copied from node_modules (nothing from other hosts), this site's formats and body widget
 * (src/islands/editor/), and admin/config.yml made from the content kinds. Built into dist/admin/
 * after the pages; served from memory by `astro dev` (npm run editor).
 */

const decapDist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const editorSource = fileURLToPath(new URL('../islands/editor/', import.meta.url));

/** Decap's files: the main bundle and the parts it loads on demand from beside it. */
const decapFiles = () => readdirSync(decapDist).filter((name) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(name));

async function editorScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(editorSource, 'admin.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

async function editorFiles(options: {
  contentDir: string;
  city: City;
  localBackendPort?: string | undefined;
}): Promise<Record<string, string>> {
  return {
    'index.html': editorPageHtml({
      title: `Content editor · ${options.city.name[options.city.defaultLocale]}`,
      policy: editorPolicy(options.city.editor.backend),
    }),
    'config.yml': editorConfigText(options),
    'editor.js': await editorScript(),
    'editor.css': readFileSync(join(editorSource, 'editor.css'), 'utf8'),
  };
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
};

export function editor(options: { city: City; contentDir?: string | undefined }): AstroIntegration {
  const { city } = options;
  let root = process.cwd();
  const contentDirOf = (root: string) => resolve(root, options.contentDir ?? 'content');
  return {
    name: 'editor',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        if (!city.editor.enabled) return;
        const contentDir = contentDirOf(root);
        const localBackendPort = process.env['EDITOR_BACKEND_PORT'];
        server.middlewares.use('/admin', (request, response, next) => {
          void (async () => {
            const name = (request.url ?? '/').split('?')[0]!.replace(/^\//, '') || 'index.html';
            if (name === 'check.json') {
              // The editor asks after each save (src/islands/editor/check-notice.ts): the same check as npm run check.
              const result = checkContent(siteCheckOptions(root));
              response.setHeader('Content-Type', 'application/json; charset=utf-8');
              response.setHeader('Cache-Control', 'no-store');
              response.end(JSON.stringify(checkSummary(result)));
              return;
            }
            const generated = name in { 'index.html': 1, 'config.yml': 1, 'editor.js': 1, 'editor.css': 1 };
            const body = generated
              ? (await editorFiles({ contentDir, city, localBackendPort }))[name]
              : decapFiles().includes(name)
                ? readFileSync(join(decapDist, name))
                : undefined;
            if (body === undefined) return next();
            const extension = name.split('.').pop()!;
            response.setHeader('Content-Type', types[extension] ?? 'application/octet-stream');
            if (extension === 'html') response.setHeader('Content-Security-Policy', editorPolicy(city.editor.backend));
            response.end(body);
          })().catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!city.editor.enabled) return;
        const dist = fileURLToPath(dir);
        const admin = join(dist, 'admin');
        mkdirSync(admin, { recursive: true });
        const files = await editorFiles({ contentDir: contentDirOf(root), city });
        for (const [name, text] of Object.entries(files)) writeFileSync(join(admin, name), text);
        for (const name of decapFiles()) copyFileSync(join(decapDist, name), join(admin, name));
        logger.info(`editor written to dist/admin/ (${decapFiles().length} Decap CMS files)`);
      },
    },
  };
}
