import { rmSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * Lets builds of other content trees (CONTENT_DIR: benchmarks, test fixtures) and of content/
 * follow each other in one checkout. Astro keeps its content store in `cacheDir`, which the
 * config gives each content tree of its own, but writes the list of content modules to
 * `.astro/content-modules.mjs` in the project, and rewrites that file only when its store has
 * changed: after a benchmark it would still name the benchmark's deleted files, and the next
 * build of content/ would fail to resolve them. Removing it first makes every build write its own.
 */
export function contentRoot(): AstroIntegration {
  return {
    name: 'content-root',
    hooks: {
      'astro:config:setup': ({ config }) => {
        rmSync(new URL('.astro/content-modules.mjs', config.root), { force: true });
      },
    },
  };
}
