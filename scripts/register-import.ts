/**
 * Imports the city's list of devices into the register. Run with --help for the options.
 * Every row is checked as the build checks content; if anything is wrong, every problem is listed
 * as "row, column: problem" and nothing is written. The run writes every change or none.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { city } from '../src/site/city.ts';
import { siteContentDir } from '../src/site/content-dir.ts';
import { formatContentError } from '../src/lib/content/content-error.ts';
import { readRegister } from '../src/lib/register/load-register.ts';
import { factWords } from '../src/lib/register/changes/words.ts';
import { decodeText } from '../src/tooling/register/import/decode.ts';
import { planImport } from '../src/tooling/register/import/plan-import.ts';
import {
  ACCEPT_FLAG,
  formatPreview,
  formatProblems,
  REMOVE_FLAG,
  totals,
  totalsLine,
} from '../src/tooling/register/import/preview.ts';
import {
  mappingSchema,
  readJsonInput,
  readTableInput,
  type Mapping,
} from '../src/tooling/register/import/read-input.ts';
import { csvTable, xlsxTable } from '../src/tooling/register/import/table.ts';
import { recoverInterruptedImport, writeEntries } from '../src/lib/register/import/write-entries.ts';

const USAGE = `Usage: npm run register:import -- <file> [options]

  <file>                    .xlsx (first sheet), .csv (comma, semicolon or tab; UTF-8, UTF-16 or
                            Windows-1252), or this site's /data/register.json
  --mapping FILE            JSON mapping of your column names and words to the register's
                            (see docs/register.md, "Import")
  --sheet NAME              read this sheet of an .xlsx file instead of the first
  --dry-run                 show every change, old → new, and write nothing
  ${ACCEPT_FLAG}  also write changes that make a device look less intrusive or better
                            secured, or keep data longer (check them with the owner first)
  ${REMOVE_FLAG}  give devices that are not in the file status removed and a history event
  --recover                 only finish or undo an import that was interrupted, then stop
  --date YYYY-MM-DD         the date of the history events (default: today)
  --content-dir DIR         the content folder (default: content, or $CONTENT_DIR)
  --help                    show this text`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      mapping: { type: 'string' },
      sheet: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'accept-flagged-changes': { type: 'boolean', default: false },
      'mark-missing-as-removed': { type: 'boolean', default: false },
      recover: { type: 'boolean', default: false },
      'content-dir': { type: 'string', default: siteContentDir() },
      date: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const contentDir = values['content-dir'];
const recovered = recoverInterruptedImport(contentDir, process.env['REGISTER_IMPORT_PAUSE_AT']);
if (recovered) console.log(recovered);
if (values.recover) {
  if (!recovered) console.log('No interrupted import: content/register/ is complete.');
  process.exit(0);
}

const [file, ...extra] = positionals;
if (!file || extra.length > 0)
  fail(`${file ? `One file at a time (got ${positionals.join(', ')}).` : 'Name the file to import.'}\n\n${USAGE}`, 2);
const today = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--date ${today}: write the date as YYYY-MM-DD.`, 2);

let mapping: Mapping | undefined;
if (values.mapping) {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(values.mapping, 'utf8'));
  } catch (error) {
    fail(
      `${values.mapping}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
    );
  }
  const checked = mappingSchema.safeParse(json);
  if (!checked.success) {
    fail(
      `${values.mapping}: ${checked.error.issues.map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`).join('; ')}.\n` +
        'Expected { "columns": { "Their header": "register_column" }, "ignore": [...], "values": {...}, "defaults": {...} }.',
    );
  }
  mapping = checked.data;
}

const { register, errors } = readRegister(contentDir);
if (errors.length > 0) {
  fail(
    `The register in ${contentDir} has content errors; fix them before importing:\n${errors.map((e) => `  ${formatContentError(e)}`).join('\n')}`,
  );
}

const locales = city.locales.map((locale) => locale.code);
const name = basename(file);
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch {
  fail(`Cannot read ${file}: check the path.`);
}
const extension = extname(file).toLowerCase();
let input: ReturnType<typeof readJsonInput>;
let readAs = 'JSON';
let encoding: string | undefined;
if (extension === '.json') {
  input = readJsonInput(bytes.toString('utf8'));
} else {
  const read =
    extension === '.xlsx'
      ? await xlsxTable(file, values.sheet)
      : (() => {
          const decoded = decodeText(bytes);
          if ('encoding' in decoded) encoding = decoded.encoding;
          return 'problem' in decoded
            ? { problems: [{ where: 'file', column: '', message: decoded.problem }] }
            : csvTable(decoded.text, decoded.encoding);
        })();
  if (extension !== '.xlsx' && values.sheet) fail(`--sheet is for .xlsx files; ${name} is not one.`, 2);
  if (!read.table) fail(formatProblems(name, read.problems));
  readAs = read.table.description;
  const rows = readTableInput(read.table, locales, mapping);
  input = { rows: rows.rows, problems: [...read.problems, ...rows.problems] };
}

// A proposal names one new device, never the whole register: the others are not "missing" from it.
if (input.hasProposer && values['mark-missing-as-removed'])
  fail(`${REMOVE_FLAG} is for a full list of the register; this file is a proposal for one device.`);

const plan = planImport(input.rows, register, {
  today,
  locales,
  defaultLocale: city.defaultLocale,
  markMissingAsRemoved: values['mark-missing-as-removed'],
  encoding,
});
const problems = [...input.problems, ...plan.problems];
if (problems.length > 0) fail(formatProblems(name, problems));

console.log(`Read ${name} (${readAs}).`);
if (input.hasProposer)
  console.log(
    'Not imported: "proposedBy", whom to contact about this proposal. It stays in the file only: delete the file when the device is settled.',
  );
const words = factWords(register, city.defaultLocale, city.defaultLocale);
console.log(
  visibleControls(
    formatPreview(
      plan.changes,
      input.hasProposer ? [] : plan.missing,
      words,
      locales,
      values['mark-missing-as-removed'],
    ),
  ),
);
const summary = totals(plan.changes);
if (values['dry-run']) {
  console.log('Dry run: nothing was written.');
} else if (summary.flagged > 0 && !values['accept-flagged-changes']) {
  fail(
    `Nothing was written: ${summary.flagged} flagged change${summary.flagged === 1 ? '' : 's'} need ${ACCEPT_FLAG}.`,
  );
} else {
  writeEntries(
    contentDir,
    plan.changes.filter((change) => change.action !== 'unchanged'),
    process.env['REGISTER_IMPORT_PAUSE_AT'],
  );
  console.log(`Imported: ${totalsLine(summary)}.`);
}

/**
 * Texts from the file, shown with their control characters spelt out (\u001b): raw, a C1 or
 * escape sequence in a proposal could rewrite or recolour the lines the register team reads.
 */
function visibleControls(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
