import { describe, expect, it } from 'vitest';
import { languageName, localePath, pickLocale, switchLocalePath } from '../../src/lib/locales.ts';

const codes = ['en', 'nl', 'ar'];

describe('pickLocale', () => {
  it('takes the first preferred language the site offers', () => {
    expect(pickLocale(['fr-FR', 'ar-MA', 'nl'], codes, 'en')).toBe('ar');
  });
  it('matches a regional tag to its language', () => {
    expect(pickLocale(['nl-BE'], codes, 'en')).toBe('nl');
  });
  it('falls back to the default when nothing matches', () => {
    expect(pickLocale(['de-DE', 'fr'], codes, 'en')).toBe('en');
    expect(pickLocale([], codes, 'en')).toBe('en');
  });
});

describe('paths', () => {
  it('builds language paths with a trailing slash', () => {
    expect(localePath('nl', '')).toBe('/nl/');
    expect(localePath('ar', 'about')).toBe('/ar/about/');
    expect(localePath('en', '/report/')).toBe('/en/report/');
  });
  it('keeps the reader on the same page when switching language', () => {
    expect(switchLocalePath('/en/about/', 'ar', codes)).toBe('/ar/about/');
    expect(switchLocalePath('/nl/', 'en', codes)).toBe('/en/');
  });
  it('sends a path without a language to that language', () => {
    expect(switchLocalePath('/design-system/', 'nl', codes)).toBe('/nl/design-system/');
  });
});

describe('languageName', () => {
  it("names a language in the reader's language", () => {
    expect(languageName('en', 'nl')).toBe('Engels');
    expect(languageName('nl', 'en')).toBe('Dutch');
    expect(languageName('en', 'ar')).toBe('الإنجليزية');
  });
});
