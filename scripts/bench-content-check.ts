/**
 * How long the content check takes: the first run in a fresh process (what `npm run check` and
 * the build pay) and the median of five more. Prints figures; asserts nothing.
 * Usage: node scripts/bench-content-check.ts [content-dir]
 *        node scripts/generate-register.ts 10000 /tmp/reg10k && node scripts/bench-content-check.ts /tmp/reg10k
 */
import { checkContent } from '../src/lib/content-check/check-content.ts';
import { siteCheckOptions } from '../src/site/content-check.ts';

if (process.argv[2]) process.env['CONTENT_DIR'] = process.argv[2];
const options = siteCheckOptions();
const time = () => {
  const started = performance.now();
  const { content, issues } = checkContent(options);
  return { ms: performance.now() - started, content, issues };
};
const first = time();
const runs = Array.from({ length: 5 }, () => time().ms).sort((a, b) => a - b);
const { content, issues } = first;
console.log(
  `${options.contentDir}: ${content.registerIds.size} register entries, ${content.pages.length} pages, ` +
    `${content.lessons.length} lessons, ${content.quizzes.length} quizzes; ${issues.length} issues`,
);
console.log(
  `first run ${first.ms.toFixed(0)} ms, then median ${runs[2]!.toFixed(0)} ms (min ${runs[0]!.toFixed(0)} ms)`,
);
