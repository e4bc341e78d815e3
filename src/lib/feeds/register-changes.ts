import { pick } from '../localized.ts';
import type { RegisterEntry } from '../register/load-register.ts';
import type { AtomEntry } from './atom-feed.ts';

/** Labels of history event types in one language (`history.<type>` UI strings). */
export type EventLabels = Record<RegisterEntry['history'][number]['type'], string>;

/**
 * The register's public history as feed entries, newest first: new devices (registered),
 * changes of any kind, and removals. An event keeps its id for good because history is only
 * ever appended to, so the id can be the entry's address with the event's position.
 */
export function registerChanges(
  entries: readonly RegisterEntry[],
  options: { siteUrl: string; locale: string; defaultLocale: string; labels: EventLabels },
): AtomEntry[] {
  const { siteUrl, locale, defaultLocale, labels } = options;
  const text = (value: Record<string, string>) => pick(value, locale, defaultLocale).value;
  return entries
    .flatMap((entry) => {
      const page = `${siteUrl}/${locale}/register/${entry.id}/`;
      return entry.history.map((event, index): AtomEntry => ({
        id: `${page}#history-${index + 1}`,
        title: `${text(entry.name)}: ${labels[event.type]}`,
        link: page,
        updated: new Date(`${event.date}T00:00:00Z`),
        summary: text(event.note),
      }));
    })
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id));
}
