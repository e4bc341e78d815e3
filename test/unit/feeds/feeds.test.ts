import { XMLParser, XMLValidator } from 'fast-xml-parser';
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

type Parsed = {
  feed: {
    '@_xmlns': string;
    id: string;
    title: string;
    updated: string;
    author: { name: string };
    link: { '@_rel': string; '@_href': string }[];
    entry: {
      id: string;
      title: { '#text': string; '@_type': string };
      updated: string;
      summary: { '#text': string };
      link: { '@_href': string }[];
    }[];
  };
};

/** Parses an Atom document and checks what RFC 4287 requires of a feed and of each entry. */
function parseAtom(xml: string): Parsed['feed'] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(
    xml,
  ) as Parsed;
  const root = parsed.feed;
  expect(root['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const field of ['id', 'title', 'updated'] as const) expect(root[field]).toBeTruthy();
  expect(root.author.name).toBeTruthy();
  expect(root.link.some((link) => link['@_rel'] === 'self')).toBe(true);
  for (const entry of root.entry ?? []) {
    expect(entry.id).toMatch(/^https:\/\//);
    expect(entry.title['#text']).toBeTruthy();
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.link[0]!['@_href']).toMatch(/^https:\/\//);
  }
  return root;
}

describe('Atom feeds', () => {
  it('are well-formed Atom with the newest entries first, and updated when the newest entry was', () => {
    const entries = [1, 3, 2].map((day) => ({
      id: `${siteUrl}/nl/test/${day}`,
      title: `Item ${day} <b>& co</b>`,
      link: `${siteUrl}/nl/test/${day}/`,
      updated: new Date(`2026-11-0${day}T00:00:00Z`),
      summary: 'Text with "quotes" & <angle brackets>.',
    }));
    const root = parseAtom(feed(entries, 2));
    expect(root.entry.map((entry) => entry.id)).toEqual([`${siteUrl}/nl/test/3`, `${siteUrl}/nl/test/2`]);
    expect(root.updated).toBe('2026-11-03T00:00:00.000Z');
    // Plain text travels as escaped HTML, so a reader shows the angle brackets instead of bold text.
    expect(root.entry[0]!.title).toEqual({ '#text': 'Item 3 &lt;b&gt;&amp; co&lt;/b&gt;', '@_type': 'html' });
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
    expect(root.entry).toHaveLength(50);
    expect(root.updated.slice(0, 10)).toBe(newest);
    expect(root.entry[0]!.updated.slice(0, 10)).toBe(newest);
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
    expect(root.entry).toHaveLength(nl.length);
    expect(root.entry[0]!.id).toBe(`${siteUrl}/nl/advisories/home-camera-botnet/`);
    expect(root.entry[0]!.title['#text']).toBe('Camera’s met fabriekswachtwoord worden overgenomen (high, open)');
    expect(root.updated.slice(0, 10)).toBe('2026-11-25');
  });
});
