import type { APIRoute, GetStaticPaths } from 'astro';
import { city } from '../../../site/city.ts';
import { siteAdvisories } from '../../../site/advisories.ts';
import { siteFeeds } from '../../../components/feeds.ts';
import { useTranslations, type UiKey } from '../../../i18n/index.ts';
import { atomFeed } from '../../../lib/feeds/atom-feed.ts';
import { advisoryFeedEntries } from '../../../lib/feeds/advisory-entries.ts';

export const getStaticPaths: GetStaticPaths = () => city.locales.map(({ code }) => ({ params: { lang: code } }));

/** The city CERT's advisories in one language, as Atom. */
export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang']!;
  const t = useTranslations(lang);
  const advisories = await siteAdvisories(lang);
  const feed = siteFeeds(lang).advisories;
  const body = atomFeed({
    selfUrl: `${city.siteUrl}${feed.href}`,
    pageUrl: `${city.siteUrl}/${lang}/advisories/`,
    title: feed.title,
    description: t('feeds.advisoriesDescription'),
    language: lang,
    author: { name: city.publisher[lang] ?? city.publisher[city.defaultLocale]!, url: city.siteUrl },
    rights: city.openDataLicence.name,
    entries: advisoryFeedEntries(advisories, {
      siteUrl: city.siteUrl,
      locale: lang,
      status: (data) =>
        `${t(`advisories.severity.${data.severity}` as UiKey)}, ${t(`advisories.status.${data.status}` as UiKey)}`,
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
