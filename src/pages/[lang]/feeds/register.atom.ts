import type { APIRoute, GetStaticPaths } from 'astro';
import { city } from '../../../site/city.ts';
import { siteFeeds } from '../../../components/feeds.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { atomFeed } from '../../../lib/feeds/atom-feed.ts';
import { registerChanges, type EventLabels } from '../../../lib/feeds/register-changes.ts';
import { siteRegister } from '../../../site/register.ts';

export const getStaticPaths: GetStaticPaths = () => city.locales.map(({ code }) => ({ params: { lang: code } }));

const eventTypes = [
  'registered',
  'activated',
  'changed',
  'moved',
  'deactivated',
  'reactivated',
  'removed',
  'transferred',
] as const satisfies readonly (keyof EventLabels)[];

/** New, changed and removed devices (the register's history events) in one language, as Atom. */
export const GET: APIRoute = ({ params }) => {
  const lang = params['lang']!;
  const t = useTranslations(lang);
  const feed = siteFeeds(lang).register;
  const labels = Object.fromEntries(eventTypes.map((type) => [type, t(`history.${type}`)])) as EventLabels;
  const body = atomFeed({
    selfUrl: `${city.siteUrl}${feed.href}`,
    pageUrl: `${city.siteUrl}/${lang}/register/`,
    title: feed.title,
    description: t('feeds.registerDescription'),
    language: lang,
    author: { name: city.publisher[lang] ?? city.publisher[city.defaultLocale]!, url: city.siteUrl },
    rights: city.openDataLicence.name,
    entries: registerChanges(siteRegister().entries, {
      siteUrl: city.siteUrl,
      locale: lang,
      defaultLocale: city.defaultLocale,
      labels,
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
