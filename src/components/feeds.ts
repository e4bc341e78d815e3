import { city } from '../site/city.ts';
import { useTranslations } from '../i18n/index.ts';

/** The site's Atom feeds in one language, for `<link rel="alternate">` and the open-data page. */
export function siteFeeds(locale: string): { advisories: Feed; register: Feed } {
  const t = useTranslations(locale);
  const cityName = city.name[locale] ?? city.name[city.defaultLocale]!;
  return {
    advisories: { href: `/${locale}/feeds/advisories.atom`, title: t('feeds.advisoriesTitle', { city: cityName }) },
    register: { href: `/${locale}/feeds/register.atom`, title: t('feeds.registerTitle', { city: cityName }) },
  };
}

export interface Feed {
  href: string;
  title: string;
}
