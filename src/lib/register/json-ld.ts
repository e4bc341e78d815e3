import { pick } from '../localized.ts';
import { publishableJson } from '../published-text.ts';
import type { Register, RegisterEntry } from './load-register.ts';

/**
 * schema.org description of a device for search engines: a Thing at a Place, run by an
 * Organization. Serialized safely for a <script type="application/ld+json"> (no "</" can end it).
 */
export function sensorJsonLd(
  entry: RegisterEntry,
  register: Register,
  site: { siteUrl: string; locale: string; defaultLocale: string },
): string {
  const text = (value: Record<string, string>) => pick(value, site.locale, site.defaultLocale).value;
  const organisation = register.organisations.find((o) => o.id === entry.organisation)!;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Thing',
    '@id': `${site.siteUrl}/${site.defaultLocale}/register/${entry.id}/`,
    identifier: entry.id,
    name: text(entry.name),
    description: text(entry.summary),
    url: `${site.siteUrl}/${site.locale}/register/${entry.id}/`,
    subjectOf: { '@type': 'Dataset', url: `${site.siteUrl}/data/dtpr/${entry.id}.json` },
    provider: { '@type': 'Organization', name: text(organisation.name), url: organisation.website },
    ...(entry.location.type === 'point'
      ? {
          location: {
            '@type': 'Place',
            geo: { '@type': 'GeoCoordinates', latitude: entry.location.lat, longitude: entry.location.lng },
          },
        }
      : {}),
  };
  return publishableJson(data).replace(/</g, '\\u003c');
}
