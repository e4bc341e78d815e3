/**
 * Checks the register content (content/register, content/taxonomy, content/districts.geojson)
 * and prints every problem with its file, line and field. Exit code 1 when there are errors.
 * Usage: node scripts/register-validate.ts [content-dir]
 */
import { formatContentError } from '../src/lib/content/content-error.ts';
import { readRegister } from '../src/lib/register/load-register.ts';

const contentDir = process.argv[2] ?? 'content';
const { register, errors } = readRegister(contentDir);
for (const error of errors) console.error(formatContentError(error));
console.log(
  `${register.entries.length} valid register entries, ${errors.length} error${errors.length === 1 ? '' : 's'} (${contentDir}).`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
