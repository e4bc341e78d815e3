import { relative, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { siteCheckOptions } from '../lib/content-check/site-check.ts';
import { reportContentCheck } from './content-check.ts';

/**
 * The modules that read content files themselves, outside Astro's collections (the register with
 * its taxonomy, organisations and districts; facts; glossaries), and keep what they read for the
 * whole run. Everything that uses what they read imports them, so re-running them re-runs it all.
 */
export const contentReaders = ['src/lib/register/site-register.ts', 'src/lib/facts.ts', 'src/lib/glossary.ts'];

/**
 * Waits this long after the last save before checking the content again: saving several files
 * at once (a git checkout, an import) is checked once, after the reloaded page has started.
 */
const RECHECK_DELAY_MS = 300;

/**
 * `npm run dev` shows every saved content change, whatever its kind. Astro follows its own
 * collections (lessons, quizzes, advisories, pages); this follows the rest: a saved file anywhere
 * in the content tree re-runs the content readers and whatever imports them, and the open pages
 * reload. Each save also runs the content check again, so a mistake is reported in the terminal
 * as `npm run check` words it, and a fix is confirmed with the one-line summary.
 */
export function contentPreview(): AstroIntegration {
  return {
    name: 'content-preview',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        // Vitest loads this config as a dev server too (getViteConfig), with no pages to reload.
        if (command !== 'dev' || process.env['VITEST']) return;
        const root = fileURLToPath(config.root);
        const contentDir = siteCheckOptions(root).contentDir;
        const readers = contentReaders.map((path) => resolve(root, path));
        updateConfig({ vite: { plugins: [followContent(contentDir, readers, logger)] } });
      },
    },
  };
}

function followContent(contentDir: string, readers: readonly string[], logger: AstroIntegrationLogger): Plugin {
  const inContent = (file: string) => {
    const path = relative(contentDir, file);
    return path !== '' && !path.startsWith('..') && !isAbsolute(path);
  };
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const checkSoon = (file: string) => {
    if (!inContent(file)) return;
    clearTimeout(recheck);
    recheck = setTimeout(() => reportContentCheck(logger), RECHECK_DELAY_MS);
  };
  return {
    name: 'content-preview',
    apply: 'serve',
    configureServer(server) {
      // Vite watches the project; a CONTENT_DIR elsewhere needs adding.
      server.watcher.add(contentDir);
      server.watcher.on('add', checkSoon).on('change', checkSoon).on('unlink', checkSoon);
    },
    hotUpdate({ file, modules }) {
      if (this.environment.name === 'client' || !inContent(file)) return undefined;
      const graph = this.environment.moduleGraph;
      const loaded = readers.flatMap((reader) => [...(graph.getModulesByFile(reader) ?? [])]);
      // Astro's own HMR step (astro:hmr-reload) re-runs these server-only modules and their
      // importers, then reloads the pages in the browser.
      return loaded.length > 0 ? [...modules, ...loaded] : undefined;
    },
  };
}
