import { describe, expect, it } from 'vitest';
import { assertRequiredPages, pagePaths } from '../../src/lib/site-pages.ts';
import { resolveEntry, slugsOf, splitEntryId } from '../../src/lib/translated-entry.ts';

const entries = [{ id: 'en/about' }, { id: 'en/privacy' }, { id: 'en/home' }, { id: 'nl/about' }, { id: 'ar/home' }];

describe('translated entries', () => {
  it('splits an id into language and slug', () => {
    expect(splitEntryId('nl/about')).toEqual({ locale: 'nl', slug: 'about' });
  });
  it("uses the reader's language when the entry exists", () => {
    expect(resolveEntry(entries, 'about', 'nl', 'en')).toEqual({
      entry: { id: 'nl/about' },
      locale: 'nl',
      isFallback: false,
    });
  });
  it('falls back to the default language, flagged', () => {
    expect(resolveEntry(entries, 'privacy', 'ar', 'en')).toEqual({
      entry: { id: 'en/privacy' },
      locale: 'en',
      isFallback: true,
    });
  });
  it('returns nothing for a slug missing in the default language', () => {
    expect(resolveEntry(entries, 'contact', 'nl', 'en')).toBeUndefined();
  });
  it('takes the set of slugs from the default language', () => {
    expect(slugsOf(entries, 'en')).toEqual(['about', 'home', 'privacy']);
  });
});

describe('pagePaths', () => {
  it('builds every language for every slug, except the excluded ones', () => {
    const paths = pagePaths(entries, ['en', 'nl', 'ar'], 'en', ['home']);
    expect(paths.map((p) => `${p.params.lang}/${p.params.slug}:${p.props.entry.id}`)).toEqual([
      'en/about:en/about',
      'en/privacy:en/privacy',
      'nl/about:nl/about',
      'nl/privacy:en/privacy',
      'ar/about:en/about',
      'ar/privacy:en/privacy',
    ]);
  });
});

describe('assertRequiredPages', () => {
  it('names the missing file', () => {
    expect(() => assertRequiredPages(entries, ['about', 'report', '404'], 'en')).toThrow(
      'Missing pages: content/pages/en/report.mdx, content/pages/en/404.mdx.',
    );
  });
  it('passes when all are there', () => {
    expect(() => assertRequiredPages(entries, ['about'], 'en')).not.toThrow();
  });
});
