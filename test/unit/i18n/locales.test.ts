import { describe, expect, it } from 'vitest';
import { city } from '../../../src/site/city.ts';
import { baseKey, placeholders, pluralSuffixes, uiStringsSchema } from '../../../src/i18n/schema.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import en from '../../../src/i18n/locales/en.json';

// Every language file the site has, not only the languages this city offers: a city that forks
// the site picks its languages from these, so each must be complete.
const files = Object.fromEntries(
  Object.entries(
    import.meta.glob<Record<string, string>>('../../../src/i18n/locales/*.json', { eager: true, import: 'default' }),
  ).map(([path, strings]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), strings]),
);
const enBases = new Set(Object.keys(en).map(baseKey));
const enPlurals = new Set(
  Object.keys(en)
    .filter((key) => key !== baseKey(key))
    .map(baseKey),
);

it("has a language file for each of the city's languages", () => {
  expect(city.locales.map((l) => l.code).filter((code) => !(code in files))).toEqual([]);
});

describe.each(Object.keys(files))('UI strings: %s', (code) => {
  const strings = files[code]!;

  it('is valid against the schema', () => {
    expect(uiStringsSchema.safeParse(strings).error?.issues ?? []).toEqual([]);
  });

  it('has every English key, with the plural forms this language needs', () => {
    const expected = [...enBases].flatMap((base) =>
      enPlurals.has(base) ? pluralSuffixes(code).map((suffix) => `${base}${suffix}`) : [base],
    );
    expect(expected.filter((key) => !(key in strings))).toEqual([]);
  });

  it('has no keys that English does not have', () => {
    expect(Object.keys(strings).filter((key) => !enBases.has(baseKey(key)))).toEqual([]);
  });

  it('uses the same placeholders as English', () => {
    const mismatches = Object.entries(strings).flatMap(([key, text]) => {
      const english = en[key as keyof typeof en] ?? en[`${baseKey(key)}_other` as keyof typeof en];
      // Plural forms may spell out the number ("one minute") instead of using {{count}}.
      const own = placeholders(text).filter((name) => name !== 'count');
      const reference = placeholders(english).filter((name) => name !== 'count');
      return own.join() === reference.join() ? [] : [`${key}: ${own.join()} vs ${reference.join()}`];
    });
    expect(mismatches).toEqual([]);
  });
});

describe('uiStringsSchema', () => {
  it('rejects empty texts and badly formed keys with advice', () => {
    const result = uiStringsSchema.safeParse({ 'nav.home': ' ', NavHome: 'Home' });
    const messages = result.error?.issues.map((issue) => issue.message).join('\n');
    expect(messages).toMatch(/Write the text/);
    expect(messages).toMatch(/dotted words starting in lowercase/);
  });
});

describe('useTranslations', () => {
  it('interpolates values', () => {
    expect(useTranslations('nl')('footer.publisher', { publisher: 'Gemeente Lindenhaven' })).toBe(
      'Uitgever: Gemeente Lindenhaven',
    );
  });
  it("uses each language's plural rules", () => {
    expect(useTranslations('en')('page.readingTime', { count: 1 })).toBe('1 minute read');
    expect(useTranslations('en')('page.readingTime', { count: 4 })).toBe('4 minutes read');
    expect(useTranslations('ar')('page.readingTime', { count: 2 })).toBe('قراءة دقيقتين');
    expect(useTranslations('ar')('page.readingTime', { count: 5 })).toBe('قراءة 5 دقائق');
    expect(useTranslations('ar')('page.readingTime', { count: 11 })).toBe('قراءة 11 دقيقة');
  });
});
