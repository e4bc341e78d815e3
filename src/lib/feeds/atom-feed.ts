import { Feed } from 'feed';
import { publishableText, xmlText } from '../published-text.ts';

/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent, unique IRI: it must never change, or readers show the entry again as new. */
  id: string;
  title: string;
  /** The page the entry is about. */
  link: string;
  updated: Date;
  published?: Date;
  summary: string;
}

/** An Atom feed (RFC 4287) and what identifies it. */
export interface AtomFeedInput {
  /** The feed's own address, also its id. */
  selfUrl: string;
  /** The page the feed mirrors. */
  pageUrl: string;
  title: string;
  description: string;
  /** BCP 47 language of its texts. */
  language: string;
  /** Who publishes it; Atom requires an author where entries have none. */
  author: { name: string; url: string };
  rights: string;
  entries: readonly AtomEntry[];
  /** How many entries to keep, newest first: readers poll the whole file. */
  limit?: number;
}

/**
 * The library marks entry titles and summaries as `type="html"`; ours are plain text, so they are
 * escaped to say exactly what they say (a title with "<" or "&" is not read as markup).
 */
function asHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const FEED_START = '<feed xmlns="http://www.w3.org/2005/Atom">';

/**
 * Writes an Atom 1.0 document with the `feed` library. The feed's updated time is its newest
 * entry's (not the build time), so an unchanged site gives a byte-identical feed.
 *
 * The library writes a language only into RSS, so `xml:lang` is added to the Atom feed element:
 * it gives the language of the element and everything in it (RFC 4287 section 2), so that feed
 * readers and screen readers can tell that an Arabic feed is Arabic.
 * Characters that XML cannot carry are removed from the whole document (src/lib/published-text.ts).
 */
export function atomFeed(input: AtomFeedInput): string {
  const entries = [...input.entries]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime())
    .slice(0, input.limit ?? 50);
  const feed = new Feed({
    id: input.selfUrl,
    title: input.title,
    description: input.description,
    link: input.pageUrl,
    language: input.language,
    updated: entries[0]?.updated ?? new Date(0),
    generator: false,
    feedLinks: { atom: input.selfUrl },
    author: { name: input.author.name, link: input.author.url },
    copyright: input.rights,
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      title: asHtml(entry.title),
      link: entry.link,
      date: entry.updated,
      ...(entry.published ? { published: entry.published } : {}),
      description: asHtml(entry.summary),
    });
  }
  const xml = feed.atom1();
  if (!xml.includes(FEED_START)) throw new Error(`The feed library no longer starts Atom feeds with ${FEED_START}.`);
  return publishableText(xml.replace(FEED_START, `${FEED_START.slice(0, -1)} xml:lang="${xmlText(input.language)}">`));
}
