import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where a build writes before it is complete: beside the output folder, so that `../deploy/` stays the same. */
export function stagingDir(outDir: string): string {
  return `${outDir.replace(/[\\/]+$/, '')}.partial`;
}

/**
 * Puts a finished build in place of the previous one: the old output moves aside, the new one
 * takes its name, the old one is removed. dist/ is absent only between the two renames.
 */
export function publishStaged(staging: string, outDir: string): void {
  const final = outDir.replace(/[\\/]+$/, '');
  const previous = `${final}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(final)) renameSync(final, previous);
  renameSync(staging, final);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * A failed build leaves no half-written site: Astro writes into `dist.partial/` and only a
 * complete build (every page and every later step, this integration's hook being the last) takes
 * the place of dist/. When anything fails, dist/ is still the previous complete site (or absent
 * if there was none), and the partial output is removed on exit. Must be the last integration.
 */
export function atomicOutput(): AstroIntegration {
  let outDir = '';
  return {
    name: 'atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        const staging = stagingDir(outDir);
        // A build killed before it finished (out of memory, Ctrl-C) may have left one behind.
        rmSync(staging, { recursive: true, force: true });
        process.once('exit', () => rmSync(staging, { recursive: true, force: true }));
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:build:done': ({ dir, logger }) => {
        publishStaged(fileURLToPath(dir), outDir);
        logger.info(`complete build moved into place at ${outDir}`);
      },
    },
  };
}
