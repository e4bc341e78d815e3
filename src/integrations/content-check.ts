import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check/check-content.ts';
import { formatReport } from '../lib/content-check/report.ts';
import { checkedSummary, siteCheckOptions } from '../site/content-check.ts';

/**
 * Runs the content check (the same as `npm run check`) before Astro reads any content. A build
 * with content errors prints the same report and stops before writing anything, without a stack
 * trace; the dev server prints the report and keeps running, so an editor can fix and reload.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const result = checkContent(siteCheckOptions());
        const summary = checkedSummary(result, performance.now() - started);
        const hasErrors = result.issues.some((found) => found.severity === 'error');
        if (result.issues.length > 0) process.stderr.write(`\n${formatReport(result.issues)}\n${summary}\n\n`);
        else logger.info(summary);
        if (hasErrors && command === 'build') {
          // Exiting here, rather than throwing, keeps Astro from adding a stack trace to the report.
          process.exit(1);
        }
      },
    },
  };
}
