/**
 * The content check: every rule over content/ (or CONTENT_DIR), one report grouped by file,
 * errors first. Exit code 1 when there are errors.
 * Usage: npm run check                     (the report)
 *        npm run check -- --translations   (what is translated, per language)
 */
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { formatReport } from '../src/lib/content-check/report.ts';
import { checkedSummary, siteCheckOptions } from '../src/site/content-check.ts';
import { formatTranslationStatus } from '../src/tooling/content-check/translation-report.ts';

const options = siteCheckOptions();
const started = performance.now();
const result = checkContent(options);
const elapsed = performance.now() - started;
const errors = result.issues.filter((found) => found.severity === 'error').length;

if (process.argv.includes('--translations')) {
  console.log(formatTranslationStatus(result.translations, options.defaultLocale));
  console.log('');
  console.log(
    errors > 0
      ? `The content also has ${errors} error${errors === 1 ? '' : 's'}: run "npm run check" to see them.`
      : 'The content has no errors.',
  );
} else {
  console.log(formatReport(result.issues));
  console.log(checkedSummary(result, elapsed));
}
process.exitCode = errors > 0 ? 1 : 0;
