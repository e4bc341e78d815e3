import { resolve } from 'node:path';
import { city } from './city.ts';
import { siteContentDir } from './content-dir.ts';
import { localToday } from '../lib/content/today.ts';
import type { CheckOptions, CheckResult } from '../lib/content-check/check-content.ts';
import { collectionKindIds, kinds } from '../content-kinds/index.ts';

/**
 * How this site is checked: the content tree (CONTENT_DIR or content/), its UI strings, routes
 * and public files, its languages, and today's date.
 */
export function siteCheckOptions(root = process.cwd()): CheckOptions {
  return {
    contentDir: resolve(root, siteContentDir()),
    uiStringsDir: resolve(root, 'src/i18n/locales'),
    pagesDir: resolve(root, 'src/pages'),
    publicDir: resolve(root, 'public'),
    root,
    locales: city.locales.map((locale) => locale.code),
    defaultLocale: city.defaultLocale,
    today: localToday(),
    reviewPeriodMonths: city.reviewPeriodMonths,
    factsCheckedMaxAgeMonths: city.factsCheckedMaxAgeMonths,
    historyBase: process.env['CONTENT_HISTORY_BASE'] ?? 'HEAD',
  };
}

/** One line saying what was checked and how long it took. */
export function checkedSummary(result: CheckResult, milliseconds: number): string {
  const { content } = result;
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const seconds = (milliseconds / 1000).toFixed(milliseconds < 1000 ? 2 : 1);
  const files = collectionKindIds.map((id) => count(content[id].length, kinds[id].names.one, kinds[id].names.many));
  return (
    `Checked ${count(content.registerIds.size, 'register entry', 'register entries')}, ${files.join(', ')} and ` +
    `${count(Object.keys(content.glossaries).length, 'glossary', 'glossaries')} in ${seconds} s.`
  );
}
