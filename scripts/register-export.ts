/**
 * Writes the register as a spreadsheet to edit and import again.
 *
 *   npm run register:export -- register.xlsx [--content-dir DIR]
 *
 * The columns are those of /data/register.csv (described on the open-data page); a .csv name
 * writes that CSV instead. `npm run register:import` reads either back: export, edit, import.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { city } from '../src/site/city.ts';
import { siteContentDir } from '../src/site/content-dir.ts';
import { formatContentError } from '../src/lib/content/content-error.ts';
import { registerCsv } from '../src/lib/register/exports.ts';
import { readRegister } from '../src/lib/register/load-register.ts';
import { registerXlsx } from '../src/tooling/register/xlsx-export.ts';

const USAGE = 'Usage: npm run register:export -- <register.xlsx|register.csv> [--content-dir DIR]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'content-dir': { type: 'string', default: siteContentDir() },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [file] = positionals;
const extension = file ? extname(file).toLowerCase() : '';
if (!file || !['.xlsx', '.csv'].includes(extension)) {
  console.error(`Name the file to write, ending in .xlsx or .csv.\n\n${USAGE}`);
  process.exit(2);
}

const { register, errors } = readRegister(values['content-dir']);
if (errors.length > 0) {
  console.error(
    `The register has content errors; fix them first:\n${errors.map((e) => `  ${formatContentError(e)}`).join('\n')}`,
  );
  process.exit(1);
}
const locales = city.locales.map((locale) => locale.code);
const data =
  extension === '.xlsx'
    ? await registerXlsx(register, locales)
    : registerCsv(register, {
        siteUrl: city.siteUrl,
        defaultLocale: city.defaultLocale,
        locales,
        licence: city.openDataLicence,
        publisher: city.publisher[city.defaultLocale] ?? '',
      });
writeFileSync(file, data);
console.log(`Wrote ${register.entries.length} devices to ${file}.`);
