import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { atomFeed, type AtomEntry } from '../../../src/lib/feeds/atom-feed.ts';
import { advisoryFeedEntries } from '../../../src/lib/feeds/advisory-entries.ts';
import { registerChanges, type EventLabels } from '../../../src/lib/feeds/register-changes.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { splitEntryId } from '../../../src/lib/translated-entry.ts';
import { demoAdvisories } from '../../support/advisories.ts';

const siteUrl = 'https://privacy.lindenhaven.example';
const labels: EventLabels = {
  registered: 'Registered',
  activated: 'Switched on',
  changed: 'Changed',
  moved: 'Moved',
  deactivated: 'Switched off',
  reactivated: 'Switched on again',
  removed: 'Removed',
  transferred: 'New owner',
};
const feed = (entries: AtomEntry[], limit?: number) =>
  atomFeed({
    selfUrl: `${siteUrl}/nl/feeds/test.atom`,
    pageUrl: `${siteUrl}/nl/test/`,
    title: 'Test feed',
    description: 'A feed for tests.',
    language: 'nl',
    author: { name: 'Gemeente Lindenhaven', url: siteUrl },
    rights: 'CC BY 4.0',
    entries,
    ...(limit ? { limit } : {}),
  });

const ATOM = 'http://www.w3.org/2005/Atom';

/** A parsed entry: its required elements' text, and the title's type attribute. */
interface ParsedEntry {
  id: string;
  title: string;
  titleType: string;
  updated: string;
  link: string;
}

/**
 * Parses an Atom document strictly (any well-formedness error throws) and checks what RFC 4287
 * requires of a feed (id, title, updated, an author, a self link) and of each entry (id, title,
 * updated, link).
 */
function parseAtom(xml: string): { id: string; title: string; updated: string; entries: ParsedEntry[] } {
  const document = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  const feed = document.documentElement!;
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM);
  const child = (element: Element, name: string) =>
    [...element.childNodes].find(
      (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
    );
  const text = (element: Element, name: string) => child(element, name)?.textContent?.trim() ?? '';
  for (const name of ['id', 'title', 'updated']) expect(text(feed, name)).toBeTruthy();
  expect(text(child(feed, 'author')!, 'name')).toBeTruthy();
  const links = [...feed.getElementsByTagNameNS(ATOM, 'link')].filter((link) => link.parentNode === feed);
  expect(links.some((link) => link.getAttribute('rel') === 'self')).toBe(true);
  const entries = [...feed.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => ({
    id: text(entry, 'id'),
    title: text(entry, 'title'),
    titleType: child(entry, 'title')?.getAttribute('type') ?? 'text',
    updated: text(entry, 'updated'),
    link: child(entry, 'link')?.getAttribute('href') ?? '',
  }));
  for (const entry of entries) {
    expect(entry.id).toMatch(/^https:\/\//);
    expect(entry.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.link).toMatch(/^https:\/\//);
  }
  return { id: text(feed, 'id'), title: text(feed, 'title'), updated: text(feed, 'updated'), entries };
}

describe('Atom feeds', () => {
  it('refuse to parse what is not well-formed, so the checks below can fail', () => {
    expect(() => parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>')).toThrow();
  });

  it('are well-formed Atom with the newest entries first, and updated when the newest entry was', () => {
    const entries = [1, 3, 2].map((day) => ({
      id: `${siteUrl}/nl/test/${day}`,
      title: `Item ${day} <b>& co</b>`,
      link: `${siteUrl}/nl/test/${day}/`,
      updated: new Date(`2026-11-0${day}T00:00:00Z`),
      summary: 'Text with "quotes" & <angle brackets>.',
    }));
    const root = parseAtom(feed(entries, 2));
    expect(root.entries.map((entry) => entry.id)).toEqual([`${siteUrl}/nl/test/3`, `${siteUrl}/nl/test/2`]);
    expect(root.updated).toBe('2026-11-03T00:00:00.000Z');
    // Plain text travels as escaped HTML, so a reader shows the angle brackets instead of bold text.
    expect(root.entries[0]!.titleType).toBe('html');
    expect(root.entries[0]!.title).toBe('Item 3 &lt;b&gt;&amp; co&lt;/b&gt;');
  });

  it('name their language on the feed element (xml:lang), in every language the site has', () => {
    for (const language of ['en', 'nl', 'ar']) {
      const xml = atomFeed({
        selfUrl: `${siteUrl}/${language}/feeds/advisories.atom`,
        pageUrl: `${siteUrl}/${language}/advisories/`,
        title: 'Feed',
        description: 'A feed.',
        language,
        author: { name: 'Lindenhaven', url: siteUrl },
        rights: 'CC BY 4.0',
        entries: [],
      });
      parseAtom(xml);
      const root = new DOMParser().parseFromString(xml, 'application/xml').documentElement!;
      expect(root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang')).toBe(language);
      expect(xml).toContain(`<feed xmlns="${ATOM}" xml:lang="${language}">`);
    }
  });

  it('give the register history as changes, newest first, with ids that stay the same', () => {
    const { register } = readRegister('content');
    const changes = registerChanges(register.entries, { siteUrl, locale: 'nl', defaultLocale: 'en', labels });
    const events = register.entries.flatMap((entry) => entry.history);
    expect(changes).toHaveLength(events.length);
    const newest = events
      .map((event) => event.date)
      .sort()
      .at(-1)!;
    const root = parseAtom(feed(changes));
    expect(root.entries).toHaveLength(50);
    expect(root.updated.slice(0, 10)).toBe(newest);
    expect(root.entries[0]!.updated.slice(0, 10)).toBe(newest);
    const removed = changes.find((change) => change.title.endsWith(': Removed'))!;
    expect(removed.id).toMatch(/\/nl\/register\/[a-z0-9-]+\/#history-\d+$/);
    expect(new Set(changes.map((change) => change.id)).size).toBe(changes.length);
  });

  it('give every advisory of a language, last changed first', () => {
    const nl = demoAdvisories()
      .filter((entry) => entry.id.startsWith('nl/'))
      .map((entry) => ({ slug: splitEntryId(entry.id).slug, entry }));
    const root = parseAtom(
      feed(advisoryFeedEntries(nl, { siteUrl, locale: 'nl', status: (data) => `${data.severity}, ${data.status}` })),
    );
    expect(root.entries).toHaveLength(nl.length);
    expect(root.entries[0]!.id).toBe(`${siteUrl}/nl/advisories/home-camera-botnet/`);
    expect(root.entries[0]!.title).toBe('Camera’s met fabriekswachtwoord worden overgenomen (high, open)');
    expect(root.updated.slice(0, 10)).toBe('2026-11-25');
  });
});
