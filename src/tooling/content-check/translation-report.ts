import { collectionKindIds, kinds } from '../../content-kinds/index.ts';
import type { CoverageKind, LanguageCoverage } from '../../lib/content-check/translation-gaps.ts';

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** The report's rows: [kind, label, unit of the count]. */
const ROWS: [CoverageKind, string, string][] = [
  ['ui', 'Interface texts', 'texts'],
  ...collectionKindIds.map((id): [CoverageKind, string, string] => [
    id,
    capitalised(kinds[id].names.many),
    kinds[id].names.many.split(' ').at(-1)!,
  ]),
  ['glossary', 'Glossary', 'terms'],
  ['registerEntries', 'Register: devices', 'texts'],
  ['registerVocabularies', 'Register: vocabularies', 'texts'],
];

const languageName = (code: string) =>
  `${new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code} (${code})`;

/**
 * Rounded down, so that 100% means complete: 99.6% shows as 99%.
 */
export function percentage(translated: number, total: number): string {
  return total === 0 ? '-' : `${Math.floor((translated / total) * 100)}%`;
}

/** A table of what is translated per language, then what is missing, a few examples per kind. */
export function formatTranslationStatus(gaps: Record<string, LanguageCoverage>, defaultLocale: string): string {
  const locales = Object.keys(gaps);
  const labelWidth = Math.max(...ROWS.map(([, label]) => label.length)) + 2;
  const columnWidth = Math.max(...locales.map((code) => languageName(code).length)) + 2;
  const lines = [
    `Translation status: how much of the ${languageName(defaultLocale)} text exists in each language.`,
    '',
    ' '.repeat(labelWidth) + locales.map((code) => languageName(code).padEnd(columnWidth)).join(''),
  ];
  for (const [kind, label, unit] of ROWS) {
    const total = locales.length > 0 ? gaps[locales[0]!]![kind].total : 0;
    const cells = locales.map((code) => percentage(gaps[code]![kind].translated, total).padEnd(columnWidth));
    lines.push(`${label.padEnd(labelWidth)}${cells.join('')}(${total.toLocaleString('en')} ${unit})`);
  }
  for (const code of locales) {
    const missing = ROWS.filter(([kind]) => gaps[code]![kind].missing.length > 0);
    if (missing.length === 0) continue;
    lines.push('', `Missing in ${languageName(code)}:`);
    for (const [kind, label] of missing) {
      const items = gaps[code]![kind].missing;
      const shown = items.slice(0, 10).join('; ');
      lines.push(`  ${label}: ${shown}${items.length > 10 ? `; and ${items.length - 10} more` : ''}`);
    }
  }
  return lines.join('\n');
}
