import { pluralTemplates, useTranslations } from '../../i18n/index.ts';
import { searchTypes, type SearchType } from '../../lib/search/index-format.ts';
import type { SearchStrings } from '../../islands/search/strings.ts';

/** Search's UI strings in one language, for the header box and the search page. */
export function searchStrings(locale: string): SearchStrings {
  const t = useTranslations(locale);
  const perType = (prefix: 'search.type' | 'search.kind') =>
    Object.fromEntries(searchTypes.map((type) => [type, t(`${prefix}.${type}`)])) as Record<SearchType, string>;
  return {
    label: t('search.label'),
    placeholder: t('search.placeholder'),
    submit: t('search.submit'),
    loading: t('search.loading'),
    error: t('search.error'),
    noResults: t('search.noResults'),
    showAll: t('search.showAll'),
    showMore: t('search.showMore'),
    filter: t('search.filter'),
    all: t('search.all'),
    suggestions: t('search.suggestions'),
    keyboardHint: t('search.keyboardHint'),
    results: pluralTemplates(locale, 'search.results'),
    types: perType('search.type'),
    kinds: perType('search.kind'),
    personalData: t('sensor.personalData'),
    noPersonalData: t('sensor.noPersonalData'),
  };
}
