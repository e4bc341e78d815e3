import { getCollection } from 'astro:content';
import { city } from './city.ts';
import { useTranslations } from '../i18n/index.ts';
import { siteGlossaries } from './glossary.ts';
import { quizEntries } from './quizzes.ts';
import { localePath } from '../lib/locales.ts';
import { siteRegister } from './register.ts';
import { buildSearchIndex, type BuiltIndex } from '../lib/search/build-index.ts';
import {
  glossaryDocuments,
  lessonDocuments,
  pageDocuments,
  quizDocuments,
  sensorDocuments,
  type SearchDocument,
} from '../lib/search/documents.ts';
import { wordRules } from '../lib/search/language.ts';
import { specialPageSlugs } from '../schemas/page.ts';

/** The meta file of a language's index: not fingerprinted, it is how the browser finds the rest. */
export function searchMetaUrl(locale: string): string {
  return `/data/search/${locale}.json`;
}

/**
 * The header search box's texts: fetched with its code on the box's first focus rather than
 * carried by every page (0.4 KB gzip of each page's 14 KB budget).
 */
export function headerSearchStringsUrl(locale: string): string {
  return `/data/search/${locale}-ui.json`;
}

/** Sections of the site that are pages of their own rather than content entries. */
function sectionDocuments(locale: string): SearchDocument[] {
  const t = useTranslations(locale);
  const cityName = city.name[locale] ?? city.name[city.defaultLocale]!;
  const section = (slug: string, title: string, summary: string): SearchDocument => ({
    type: 'page',
    target: localePath(locale, slug),
    title,
    tags: '',
    summary,
    body: '',
  });
  return [
    section('register', t('register.title'), t('register.description', { city: cityName })),
    section('register/stats', t('stats.title'), t('stats.description')),
    section('open-data', t('openData.title'), t('openData.description', { licence: city.openDataLicence.name })),
    section('lessons', t('lessons.title'), t('lessons.description')),
    section('glossary', t('glossary.title'), t('glossary.description')),
  ];
}

const built = new Map<string, Promise<BuiltIndex>>();

/**
 * One language's search files, built once per build from the content collections, the register
 * and the glossary: whatever content exists joins the index without code changes.
 */
export function searchIndex(locale: string): Promise<BuiltIndex> {
  let index = built.get(locale);
  if (!index) {
    index = (async () => {
      const codes = city.locales.map((l) => l.code);
      const [pages, lessons, quizzes, rules] = await Promise.all([
        getCollection('pages'),
        getCollection('lessons'),
        quizEntries(),
        wordRules(locale),
      ]);
      const documents = [
        ...sectionDocuments(locale),
        ...pageDocuments(pages, locale, city.defaultLocale, specialPageSlugs),
        ...lessonDocuments(lessons, locale, city.defaultLocale),
        ...quizDocuments(quizzes, locale, city.defaultLocale),
        ...glossaryDocuments(siteGlossaries(codes), locale, city.defaultLocale),
        ...sensorDocuments(siteRegister(), locale, city.defaultLocale),
      ];
      return buildSearchIndex(documents, locale, rules);
    })();
    built.set(locale, index);
  }
  return index;
}
