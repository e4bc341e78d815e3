import { collectionKindIds, kinds } from '../../../content-kinds/index.ts';
import { baseKey } from '../../../i18n/schema.ts';
import type { LocalizedFile } from '../collection-files.ts';
import type { ContentIssue } from '../issue.ts';
import type { SiteContent } from '../read-content.ts';
import type { LanguageCoverage } from '../translation-gaps.ts';

const languageName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

/** The kinds written one file per language and slug (src/content-kinds/). */
const COLLECTIONS = collectionKindIds.map((key) => ({
  key,
  folder: kinds[key].files.entry,
  extension: `.${kinds[key].files.format}`,
  what: kinds[key].names.one,
}));

/**
 * Translation gaps are warnings: the site shows the default language with a notice. A file
 * without a default-language original is a warning too: the site does not publish it.
 */
export function checkTranslations(content: SiteContent, gaps: Record<string, LanguageCoverage>): ContentIssue[] {
  const { defaultLocale } = content.source;
  const issues: ContentIssue[] = [];
  const warn = (file: string, field: string, message: string) =>
    issues.push({ severity: 'warning', file, field, message });
  const original = languageName(defaultLocale);

  for (const { key, folder, extension, what } of COLLECTIONS) {
    const files: readonly LocalizedFile[] = content[key];
    const published = new Set(files.filter((file) => file.locale === defaultLocale).map((file) => file.slug));
    for (const file of files) {
      // An advisory without an original is an error of its own (rules/advisories.ts), not a warning.
      if (key === 'advisories') break;
      if (file.locale !== defaultLocale && !published.has(file.slug)) {
        warn(
          file.file,
          '',
          `This ${what} is not published: there is no ${original} ${what} ${content.fileName(folder, defaultLocale, `${file.slug}${extension}`)}. Check that the file name is the same as the ${original} one.`,
        );
      }
    }
    for (const [locale, coverage] of Object.entries(gaps)) {
      for (const slug of coverage[key].missing) {
        warn(
          content.fileName(folder, locale, `${slug}${extension}`),
          '',
          `Not translated yet: ${languageName(locale)} readers see the ${original} ${what} with a notice. Translate ${content.fileName(folder, defaultLocale, `${slug}${extension}`)} into this file.`,
        );
      }
    }
  }

  const glossaryIds = new Set((content.glossaries[defaultLocale] ?? []).map((term) => term.id));
  for (const [locale, coverage] of Object.entries(gaps)) {
    const glossaryFile = content.fileName('glossary', `${locale}.yaml`);
    if (coverage.glossary.missing.length > 0) {
      warn(
        glossaryFile,
        '',
        `${count(coverage.glossary.missing.length, 'term')} not translated yet (${sample(coverage.glossary.missing)}): ${languageName(locale)} readers see the ${original} text.`,
      );
    }
    for (const term of content.glossaries[locale] ?? []) {
      if (!glossaryIds.has(term.id)) {
        warn(
          glossaryFile,
          term.id,
          `This term is not shown: the glossary lists the terms of ${content.fileName('glossary', `${defaultLocale}.yaml`)}. Add it there too, or check the id.`,
        );
      }
    }
    // A device's texts are translated field by field: say which ones, on the device's own file.
    const untranslated = new Map<string, string[]>();
    for (const missing of coverage.registerEntries.missing) {
      const [id, path] = missing.split(': ') as [string, string];
      untranslated.set(id, [...(untranslated.get(id) ?? []), path]);
    }
    for (const [id, paths] of untranslated) {
      warn(
        content.fileName('register', `${id}.yaml`),
        '',
        `Not translated yet into ${languageName(locale)}: ${sample(paths)}. ${languageName(locale)} readers see the ${original} text with a notice: add "${locale}:" under each of these texts.`,
      );
    }
    const uiFile = content.uiFileName(locale);
    if (coverage.ui.missing.length > 0) {
      warn(
        uiFile,
        '',
        `${count(coverage.ui.missing.length, 'interface text')} not translated yet (${sample(coverage.ui.missing)}): readers see the ${original} text. Copy the keys from ${defaultLocale}.json and translate them.`,
      );
    }
    const known = new Set(Object.keys(content.uiStrings[defaultLocale] ?? {}).map(baseKey));
    const unknown = Object.keys(content.uiStrings[locale] ?? {}).filter((key) => !known.has(baseKey(key)));
    if (unknown.length > 0) {
      warn(
        uiFile,
        '',
        `${count(unknown.length, 'key')} not in ${defaultLocale}.json, so never shown: ${sample(unknown)}.`,
      );
    }
  }
  return issues;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sample(items: readonly string[]): string {
  return items.length > 8 ? `${items.slice(0, 8).join(', ')} and ${items.length - 8} more` : items.join(', ');
}
