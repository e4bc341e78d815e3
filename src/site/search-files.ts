import { getCollection } from 'astro:content';
import { city } from './city.ts';
import { useTranslations } from '../i18n/index.ts';
import { collectionKindIds, contentKinds, type SearchInput } from '../content-kinds/index.ts';
import { resolveFacts } from '../lib/facts.ts';
import { siteFacts } from './facts.ts';
import { siteGlossaries } from './glossary.ts';
import { localePath } from '../lib/locales.ts';
import { siteRegister } from './register.ts';
import { buildSearchIndex, type BuiltIndex } from '../lib/search/build-index.ts';
import type { ContentEntry, SearchDocument } from '../lib/search/documents.ts';
import { wordRules } from '../lib/search/language.ts';

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
    section('advisories', t('advisories.title'), t('advisories.description')),
    section('lessons', t('lessons.title'), t('lessons.description')),
    section('glossary', t('glossary.title'), t('glossary.description')),
  ];
}

const built = new Map<string, Promise<BuiltIndex>>();

/** Every collection's entries (all languages), with {{fact:id}} filled in as the pages show them. */
async function collectionEntries(): Promise<Map<string, readonly ContentEntry<unknown>[]>> {
  const facts = siteFacts();
  const loaded = await Promise.all(
    collectionKindIds.map(async (id) => {
      const entries = (await getCollection(id)).map((entry) => ({
        ...entry,
        data: resolveFacts(entry.data, facts, entry.id.split('/')[0]!, city.defaultLocale),
      }));
      return [id, entries] as const;
    }),
  );
  return new Map(loaded);
}

let collections: Promise<Map<string, readonly ContentEntry<unknown>[]>> | undefined;

/**
 * One language's search files, built once per build from every searched kind of content
 * (src/content-kinds/) and the site's sections: a kind that declares search documents joins the
 * index without changes here.
 */
export function searchIndex(locale: string): Promise<BuiltIndex> {
  let index = built.get(locale);
  if (!index) {
    index = (async () => {
      collections ??= collectionEntries();
      const [entries, rules] = await Promise.all([collections, wordRules(locale)]);
      const input: SearchInput = {
        locale,
        defaultLocale: city.defaultLocale,
        entries: <D>(collection: string) => (entries.get(collection) ?? []) as readonly ContentEntry<D>[],
        register: siteRegister(),
        glossaries: siteGlossaries(city.locales.map((l) => l.code)),
        t: useTranslations(locale),
      };
      const documents = [
        ...sectionDocuments(locale),
        ...contentKinds.flatMap((kind) => ('documents' in kind.search ? kind.search.documents(input) : [])),
      ];
      return buildSearchIndex(documents, locale, rules);
    })();
    built.set(locale, index);
  }
  return index;
}
