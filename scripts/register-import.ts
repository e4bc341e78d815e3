/**
 * Imports the city's asset list into the register.
 *
 *   npm run register:import -- <file.csv|file.json> [--mapping columns.json] [--dry-run]
 *
 * A CSV uses the columns of /data/register.csv, or the city's own column names mapped with
 * --mapping; a JSON file is this site's own export (/data/register.json). Every row is checked
 * as the build checks content. If any row has a problem, every problem is listed as
 * "row, column: problem" and nothing is written. Changed entries get a history event.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { city } from '../city.config.ts';
import { formatContentError } from '../src/lib/content/content-error.ts';
import { readRegister } from '../src/lib/register/load-register.ts';
import { planImport } from '../src/lib/register/import/plan-import.ts';
import { mappingSchema, readCsvInput, readJsonInput, type Mapping } from '../src/lib/register/import/read-input.ts';
import { writeEntries } from '../src/lib/register/import/write-entries.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'content-dir': { type: 'string', default: process.env['CONTENT_DIR'] ?? 'content' },
    date: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [file] = positionals;
if (!file) fail('Usage: npm run register:import -- <file.csv|file.json> [--mapping columns.json] [--dry-run]');
const contentDir = values['content-dir']!;
const today = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--date ${today}: write the date as YYYY-MM-DD.`);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch {
  fail(`Cannot read ${file}: check the path.`);
}

let mapping: Mapping | undefined;
if (values.mapping) {
  try {
    const parsed = mappingSchema.safeParse(JSON.parse(readFileSync(values.mapping, 'utf8')));
    if (!parsed.success)
      fail(`${values.mapping}: expected { "columns": { "Their header": "our_column" }, "defaults": { ... } }.`);
    mapping = parsed.data;
  } catch (error) {
    fail(`${values.mapping}: ${(error as Error).message}`);
  }
}

const { register, errors } = readRegister(contentDir);
if (errors.length > 0) {
  fail(
    `The register in ${contentDir} has content errors; fix them before importing:\n${errors.map((e) => `  ${formatContentError(e)}`).join('\n')}`,
  );
}

const locales = city.locales.map((locale) => locale.code);
const input = file.toLowerCase().endsWith('.json') ? readJsonInput(text) : readCsvInput(text, locales, mapping);
const plan = planImport(input.rows, register, { today, source: basename(file) });
const problems = [...input.problems, ...plan.problems];
if (problems.length > 0) {
  console.error(
    `${basename(file)}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.`,
  );
  for (const problem of problems)
    console.error(`  ${problem.where}${problem.column ? `, column ${problem.column}` : ''}: ${problem.message}`);
  process.exit(1);
}

const toWrite = plan.changes.filter((change) => change.action !== 'unchanged');
for (const change of plan.changes) {
  const detail = change.action === 'changed' ? ` (${change.fields.join(', ')})` : '';
  console.log(`${change.action.padEnd(9)} ${change.id}${detail}`);
}
const count = (action: string) => plan.changes.filter((change) => change.action === action).length;
const summary = `${count('new')} new, ${count('changed')} changed, ${count('unchanged')} unchanged`;
if (values['dry-run']) {
  console.log(`Dry run: ${summary}. Nothing was written.`);
} else {
  writeEntries(join(contentDir, 'register'), toWrite);
  console.log(`Imported: ${summary}.`);
}
