import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent } from '../lib/content-check/check-content.ts';
import { formatReport } from '../lib/content-check/report.ts';
import { checkedSummary, siteCheckOptions } from '../site/content-check.ts';

/**
 * Runs the content check (the same as `npm run check`) and prints its report, or one summary line
 * when there is nothing to report. Returns whether the content has errors.
 */
export function reportContentCheck(logger: AstroIntegrationLogger): boolean {
  const started = performance.now();
  const result = checkContent(siteCheckOptions());
  const summary = checkedSummary(result, performance.now() - started);
  if (result.issues.length > 0) process.stderr.write(`\n${formatReport(result.issues)}\n${summary}\n\n`);
  else logger.info(summary);
  return result.issues.some((found) => found.severity === 'error');
}

/**
 * Runs the content check before Astro reads any content. A build with content errors prints the
 * report and stops before writing anything, without a stack trace; the dev server prints the
 * report and keeps running, so an editor can fix and save (src/integrations/content-preview.ts
 * checks again on every save).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const hasErrors = reportContentCheck(logger);
        if (hasErrors && command === 'build') {
          // Exiting here, rather than throwing, keeps Astro from adding a stack trace to the report.
          process.exit(1);
        }
      },
    },
  };
}
