import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompressJson } from '../lib/search/precompress.ts';

/**
 * After the build, writes .gz and .br copies of the search index files: they are fetched on every
 * first search, and hosts that serve precompressed files (nginx gzip_static, most static hosts)
 * send them without compressing on each request.
 */
export function precompressSearchIndex(): AstroIntegration {
  return {
    name: 'precompress-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files } = await precompressJson(fileURLToPath(new URL('data/search/', dir)));
        logger.info(`Compressed ${files} search index files (.gz, .br).`);
      },
    },
  };
}
