import { collectionKindIds, type CollectionKind } from '../../content-kinds/index.ts';
import { baseKey, pluralSuffixes } from '../../i18n/schema.ts';
import type { LocalizedFile } from './collection-files.ts';
import type { SiteContent } from './read-content.ts';

/** How much of one kind of text exists in a language, and what is missing. */
export interface Coverage {
  total: number;
  translated: number;
  /** What is missing, as editors find it (a key, a slug, `<device id>: <field>`). */
  missing: string[];
}

/**
 * Coverage of every kind of text in one language, compared with the default language: the
 * interface, each kind written one file per language and slug (src/content-kinds/), the glossary
 * and the texts inside register files.
 */
export type LanguageCoverage = Record<
  'ui' | CollectionKind | 'glossary' | 'registerEntries' | 'registerVocabularies',
  Coverage
>;

export type CoverageKind = keyof LanguageCoverage;

/**
 * What is translated in each language other than the default one. The default language is the
 * reference: a text missing there is not a gap in translation but an error of its own.
 */
export function translationGaps(content: SiteContent): Record<string, LanguageCoverage> {
  const { locales, defaultLocale } = content.source;
  const result: Record<string, LanguageCoverage> = {};
  for (const locale of locales.filter((code) => code !== defaultLocale)) {
    result[locale] = {
      ui: uiCoverage(content.uiStrings[defaultLocale] ?? {}, content.uiStrings[locale] ?? {}, locale),
      ...(Object.fromEntries(
        collectionKindIds.map((id) => [id, slugCoverage(content[id], locale, defaultLocale)]),
      ) as Record<CollectionKind, Coverage>),
      glossary: idCoverage(
        (content.glossaries[defaultLocale] ?? []).map((term) => term.id),
        new Set((content.glossaries[locale] ?? []).map((term) => term.id)),
      ),
      registerEntries: textCoverage(
        content.register.entries.map((entry) => [entry.id, entry] as const),
        locale,
        defaultLocale,
      ),
      registerVocabularies: textCoverage(
        [
          ...Object.entries(content.register.vocabularies).flatMap(([vocabulary, terms]) =>
            terms.map((term) => [`${vocabulary}/${term.id}`, term] as const),
          ),
          ...content.register.organisations.map(
            (organisation) => [`organisations/${organisation.id}`, organisation] as const,
          ),
          ...content.register.districts.map((district) => [`districts/${district.properties.id}`, district] as const),
        ],
        locale,
        defaultLocale,
      ),
    };
  }
  return result;
}

function uiCoverage(reference: Record<string, string>, strings: Record<string, string>, locale: string): Coverage {
  const plurals = new Set(
    Object.keys(reference)
      .filter((key) => key !== baseKey(key))
      .map(baseKey),
  );
  const keys = [...new Set(Object.keys(reference).map(baseKey))];
  const missing = keys.filter((key) =>
    plurals.has(key) ? pluralSuffixes(locale).some((suffix) => !(`${key}${suffix}` in strings)) : !(key in strings),
  );
  return { total: keys.length, translated: keys.length - missing.length, missing };
}

function slugCoverage(files: readonly LocalizedFile[], locale: string, defaultLocale: string): Coverage {
  const reference = files.filter((file) => file.locale === defaultLocale).map((file) => file.slug);
  return idCoverage(reference, new Set(files.filter((file) => file.locale === locale).map((file) => file.slug)));
}

function idCoverage(reference: readonly string[], present: ReadonlySet<string>): Coverage {
  const missing = reference.filter((id) => !present.has(id));
  return { total: reference.length, translated: reference.length - missing.length, missing };
}

/** Counts every text written per language (`{ en: ..., nl: ... }`) anywhere inside the items. */
function textCoverage(items: readonly (readonly [string, unknown])[], locale: string, defaultLocale: string): Coverage {
  const coverage: Coverage = { total: 0, translated: 0, missing: [] };
  const visit = (value: unknown, name: string, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, name, `${path}.${index}`));
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record[defaultLocale] === 'string') {
        coverage.total += 1;
        if (typeof record[locale] === 'string') coverage.translated += 1;
        else coverage.missing.push(`${name}: ${path.slice(1)}`);
        return;
      }
      for (const [key, child] of Object.entries(record)) visit(child, name, `${path}.${key}`);
    }
  };
  for (const [name, item] of items) visit(item, name, '');
  return coverage;
}
