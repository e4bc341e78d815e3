import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentKinds, type SearchInput } from '../../../src/content-kinds/index.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { readContent } from '../../../src/lib/content-check/read-content.ts';
import { siteCheckOptions } from '../../../src/site/content-check.ts';
import type { ContentEntry, SearchDocument } from '../../../src/lib/search/documents.ts';
import { testEngine } from './search-fixture.ts';

/**
 * The search documents of the site's own content, made the way the build makes them: every kind
 * that declares search documents (src/content-kinds/) over the entries the content check reads.
 */
const project = join(import.meta.dirname, '..', '..', '..');
const { content } = readContent(siteCheckOptions(project));

/** The raw MDX body below the front matter, as Astro's content layer gives it. */
const body = (path: string) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

const collections: Record<string, ContentEntry<unknown>[]> = {
  pages: content.pages.map((entry) => ({
    id: `${entry.locale}/${entry.slug}`,
    data: entry.data,
    body: body(entry.path),
  })),
  lessons: content.lessons.map((entry) => ({
    id: `${entry.locale}/${entry.slug}`,
    data: entry.data,
    body: body(entry.path),
  })),
  teacherGuides: content.teacherGuides.map((entry) => ({
    id: `${entry.locale}/${entry.slug}`,
    data: entry.data,
    body: body(entry.path),
  })),
  advisories: content.advisories.map((entry) => ({
    id: `${entry.locale}/${entry.slug}`,
    data: entry.data,
    body: body(entry.path),
  })),
  quizzes: content.quizzes.map((entry) => ({ id: `${entry.locale}/${entry.slug}`, data: entry.data })),
};

function siteDocuments(locale: string): SearchDocument[] {
  const input: SearchInput = {
    locale,
    defaultLocale: 'en',
    entries: <D>(collection: string) => (collections[collection] ?? []) as ContentEntry<D>[],
    register: content.register,
    glossaries: content.glossaries,
    t: useTranslations(locale),
  };
  return contentKinds.flatMap((kind) => ('documents' in kind.search ? kind.search.documents(input) : []));
}

describe('search documents of every searched kind', () => {
  it('makes an advisory document with its title, summary, affected devices, steps, text and updates', () => {
    const document = siteDocuments('en').find((candidate) => candidate.target === '/en/advisories/home-camera-botnet/');
    expect(document).toMatchObject({
      type: 'advisory',
      title: 'Home cameras with factory passwords are being taken over',
      tags: 'home security cameras · video doorbells · baby monitors with a camera',
      summary: expect.stringMatching(/^A botnet is logging into home cameras/),
      facts: 'Severity: High · Status: Open',
    });
    expect(document?.body).toContain('Do a factory reset of the camera');
    expect(document?.body).not.toMatch(/<Contact|import /);
  });

  it('has every advisory in every language, open ones first', () => {
    for (const locale of ['en', 'nl', 'ar']) {
      const advisories = siteDocuments(locale).filter((document) => document.type === 'advisory');
      expect(advisories.map((document) => document.target.split('/')[3]).sort()).toEqual(
        content.advisories
          .filter((entry) => entry.locale === 'en')
          .map((entry) => entry.slug)
          .sort(),
      );
      expect(advisories.every((document) => document.target.startsWith(`/${locale}/advisories/`))).toBe(true);
      expect(advisories.some((document) => document.lang)).toBe(false);
    }
    const order = siteDocuments('en')
      .filter((document) => document.type === 'advisory')
      .map((document) => content.advisories.find((entry) => `/en/advisories/${entry.slug}/` === document.target)!);
    const firstResolved = order.findIndex((entry) => entry.data?.status === 'resolved');
    expect(order.slice(firstResolved).every((entry) => entry.data?.status === 'resolved')).toBe(true);
  });

  it('finds teacher guides among lessons, and the classroom guide at its own address', () => {
    const documents = siteDocuments('nl');
    expect(documents.find((document) => document.target === '/nl/lessons/home-network/teacher-guide/')).toMatchObject({
      type: 'lesson',
    });
    expect(documents.find((document) => document.target === '/nl/classroom/guide/')).toMatchObject({ type: 'page' });
    expect(documents.some((document) => /\/(home|404|classroom-guide)\/$/.test(document.target))).toBe(false);
  });

  it.each([
    ['en', 'factory password camera', 'Home cameras with factory passwords are being taken over'],
    ['nl', 'fabriekswachtwoord camera', 'Camera’s met fabriekswachtwoord worden overgenomen'],
    ['ar', 'كاميرات المصنع', 'الاستيلاء على كاميرات منزلية ما زالت تستخدم كلمة مرور المصنع'],
  ])(
    'finds an advisory in %s by its words, under the type advisory, with its severity and status',
    async (locale, query, title) => {
      const { engine } = await testEngine(locale, {}, siteDocuments(locale));
      const outcome = await engine.search(query);
      expect(outcome.counts.advisory).toBeGreaterThan(0);
      const shown = await engine.show(outcome.hits.filter((hit) => hit.type === 'advisory'));
      const t = useTranslations(locale);
      expect(shown[0]).toEqual({
        type: 'advisory',
        href: `/${locale}/advisories/home-camera-botnet/`,
        title,
        snippet: expect.any(String),
        facts: `${t('advisories.severity')}: ${t('advisories.severity.high')} · ${t('advisories.status')}: ${t('advisories.status.open')}`,
      });
    },
  );
});
