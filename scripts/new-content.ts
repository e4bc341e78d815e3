/**
 * Creates a valid, commented starting file: npm run new -- sensor|quiz|page|lesson|teacher-guide|advisory <name> [--lang nl]
 * Never overwrites a file. With --lang, a lesson, quiz, page, teacher guide or advisory that exists in the default language
 * is copied as the starting point of its translation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { newContent } from '../src/tooling/content-new/new-content.ts';
import { siteCheckOptions } from '../src/site/content-check.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const locale = langAt >= 0 ? args.splice(langAt, 2)[1] : undefined;
const [kind = '', slug] = args;
const options = siteCheckOptions();
const result = newContent(kind, slug, locale ?? options.defaultLocale, options);
if ('error' in result) {
  console.error(result.error);
  process.exitCode = 1;
} else {
  mkdirSync(dirname(result.path), { recursive: true });
  writeFileSync(result.path, result.text, { flag: 'wx' });
  console.log(`Created ${result.file}.`);
  console.log('Open it, replace every "Replace this" text, then run "npm run check" (it warns about any left).');
}
