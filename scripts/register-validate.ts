/**
 * Checks the register content (content/register, content/taxonomy, content/districts.geojson)
 * and prints every problem in the report format of `npm run check`, which runs these rules and
 * all the others. Exit code 1 when there are errors.
 * Usage: node scripts/register-validate.ts [content-dir]
 */
import { asErrors } from '../src/lib/content-check/issue.ts';
import { formatReport } from '../src/lib/content-check/report.ts';
import { readRegister } from '../src/lib/register/load-register.ts';

const contentDir = process.argv[2] ?? 'content';
const { register, errors } = readRegister(contentDir);
if (errors.length > 0) console.error(formatReport(asErrors(errors)));
console.log(
  `${register.entries.length} valid register entries, ${errors.length} error${errors.length === 1 ? '' : 's'} (${contentDir}).`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
