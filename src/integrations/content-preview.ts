import { relative, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { siteCheckOptions } from '../site/content-check.ts';
import { reportContentCheck } from './content-check.ts';

/**
 * The modules that read content files themselves, outside Astro's collections, and keep what they
 * read for the whole run; with the files and folders of the content tree each reads. Everything
 * that uses what they read imports them, so re-running them re-runs it all. (facts.yaml: the
 * glossary imports the facts module.)
 */
export const contentReaders: readonly { module: string; reads: readonly string[] }[] = [
  { module: 'src/site/register.ts', reads: ['register', 'taxonomy', 'districts.geojson'] },
  { module: 'src/site/facts.ts', reads: ['facts.yaml'] },
  { module: 'src/site/glossary.ts', reads: ['glossary'] },
];

/**
 * Waits this long after the last save before checking the content again: saving several files at
 * once (a git checkout, an import) is checked once, and the check, which holds the server for up to
 * a second on a busy machine, runs after the reloaded page is served (0.3 s made it 0.4-3 s slower).
 */
const RECHECK_DELAY_MS = 1000;

/**
 * `npm run dev` shows every saved content change, whatever its kind. Astro follows its own
 * collections (lessons, quizzes, advisories, pages); this follows the rest: saving a file that a
 * content reader reads re-runs that reader and whatever imports it, and the open pages reload.
 * Every save in the content tree also runs the content check again, so a mistake is reported in
 * the terminal as `npm run check` words it, and a fix is confirmed with the one-line summary.
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
        const readers = contentReaders.map(({ module, reads }) => ({
          module: resolve(root, module),
          reads: reads.map((path) => resolve(contentDir, path)),
        }));
        updateConfig({ vite: { plugins: [followContent(contentDir, readers, logger)] } });
      },
    },
  };
}

/** Whether `file` is `path` or inside it. */
function within(path: string, file: string): boolean {
  const rest = relative(path, file);
  return !rest.startsWith('..') && !isAbsolute(rest);
}

function followContent(
  contentDir: string,
  readers: readonly { module: string; reads: readonly string[] }[],
  logger: AstroIntegrationLogger,
): Plugin {
  let recheck: ReturnType<typeof setTimeout> | undefined;
  const checkSoon = (file: string) => {
    if (!within(contentDir, file)) return;
    clearTimeout(recheck);
    recheck = setTimeout(() => {
      try {
        reportContentCheck(logger);
      } catch (error) {
        // A file removed while the check read the tree (a git checkout): the next save checks again.
        logger.error(`The content check stopped: ${error instanceof Error ? error.message : String(error)}`);
      }
    }, RECHECK_DELAY_MS);
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
      if (this.environment.name === 'client') return undefined;
      const graph = this.environment.moduleGraph;
      const rerun = readers
        .filter(({ reads }) => reads.some((path) => within(path, file)))
        .flatMap(({ module }) => [...(graph.getModulesByFile(module) ?? [])]);
      // Astro's own HMR step (astro:hmr-reload) re-runs these server-only modules and their
      // importers, then reloads the pages in the browser. Files of Astro's collections are left
      // to Astro: an early reload of ours could reach the browser before Astro has read the file.
      return rerun.length > 0 ? [...modules, ...rerun] : undefined;
    },
  };
}
