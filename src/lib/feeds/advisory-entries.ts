import type { AdvisoryData } from '../../schemas/advisory.ts';
import { lastChanged, type AdvisoryEntry } from '../advisories/advisory-order.ts';
import type { AtomEntry } from './atom-feed.ts';

/**
 * Advisories as feed entries for one language. `entries` are what readers of that language see
 * (their own texts, or the default language's where a translation is missing). The title ends
 * with its severity and status in words, so a feed reader shows them; the entry id is the
 * advisory's page in that language, which never changes.
 */
export function advisoryFeedEntries(
  entries: readonly { slug: string; entry: AdvisoryEntry }[],
  options: { siteUrl: string; locale: string; status: (data: AdvisoryData) => string },
): AtomEntry[] {
  return entries.map(({ slug, entry }) => {
    const page = `${options.siteUrl}/${options.locale}/advisories/${slug}/`;
    return {
      id: page,
      title: `${entry.data.title} (${options.status(entry.data)})`,
      link: page,
      updated: lastChanged(entry.data),
      published: entry.data.published,
      summary: entry.data.summary,
    };
  });
}
