import { closeSync, mkdirSync, openSync, readSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspOfPage, headerRules, mergePolicies } from '../lib/deploy/headers.ts';
import { caddyFile, headersFile, nginxFiles } from '../lib/deploy/server-files.ts';

/** The first bytes of a file: the <meta> policy is in the head, and dist can hold 60,000 pages. */
function head(path: string, bytes = 8192): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

/** The site's pages; the editor (admin/) has a policy of its own, which the pages must not share. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('admin/'))
    .map((name) => join(dir, name));
}

/**
 * After the build, writes the server headers with this build's Content Security Policy:
 * dist/_headers (static hosts), deploy/nginx/ and deploy/Caddyfile (docs/deploy.md).
 */
export function deployHeaders(options: { locales: string[]; host: string; editorPolicy?: string }): AstroIntegration {
  return {
    name: 'deploy-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const policies = new Set(htmlFiles(dist).flatMap((file) => cspOfPage(head(file)) ?? []));
        if (policies.size === 0) throw new Error('No page carries a Content-Security-Policy <meta> tag.');
        const rules = headerRules(mergePolicies([...policies]), options.locales, options.editorPolicy);
        const deploy = fileURLToPath(new URL('../deploy/', dir));
        mkdirSync(join(deploy, 'nginx'), { recursive: true });
        writeFileSync(join(dist, '_headers'), headersFile(rules));
        for (const [name, text] of Object.entries(nginxFiles(rules, options.locales))) {
          writeFileSync(join(deploy, 'nginx', name), text);
        }
        writeFileSync(join(deploy, 'Caddyfile'), caddyFile(rules, options.locales, options.host));
        logger.info(`headers for ${policies.size} page policies written to dist/_headers and deploy/`);
      },
    },
  };
}
