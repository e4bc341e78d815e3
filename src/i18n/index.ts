import i18next, { type TOptions } from 'i18next';
import { city } from '../site/city.ts';
import { formatSchemaError } from '../schemas/format-error.ts';
import { pluralRules } from '../lib/intl.ts';
import { uiStringsSchema } from './schema.ts';
import en from './locales/en.json';

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<K> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** Every UI string key, typed from the English file: a misspelt key is a type error. */
export type UiKey = WithoutPlural<keyof typeof en>;

/** A translate function bound to one language. */
export type Translate = (key: UiKey, options?: TOptions) => string;

// Every language file in locales/, so that a city's language is found by its code without an
// import to add here; only the city's languages are checked and loaded.
const files = import.meta.glob<Record<string, unknown>>('./locales/*.json', { eager: true, import: 'default' });

function loadStrings(code: string): Record<string, string> {
  const file = files[`./locales/${code}.json`];
  if (!file) {
    throw new Error(
      `src/i18n/locales/${code}.json is missing: city.config.ts offers the language "${code}". Copy src/i18n/locales/en.json to that name and translate every text.`,
    );
  }
  const parsed = uiStringsSchema.safeParse(file);
  if (!parsed.success) {
    throw new Error(formatSchemaError(`src/i18n/locales/${code}.json`, parsed.error));
  }
  return parsed.data;
}

const resources = Object.fromEntries(city.locales.map(({ code }) => [code, { translation: loadStrings(code) }]));

const instance = i18next.createInstance();
instance.init({
  initAsync: false,
  resources,
  lng: city.defaultLocale,
  fallbackLng: city.defaultLocale,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const translators = new Map<string, Translate>();

/**
 * The translate function for a language. Text is escaped by Astro when rendered, so i18next's
 * own escaping is off (it would escape twice). A key missing in a language shows the default
 * language's text.
 */
export function useTranslations(locale: string): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const t = instance.getFixedT(locale);
    // Strings without options are the same every time: looked up once per build, not once per page.
    const plain = new Map<string, string>();
    translate = (key, options) => {
      if (options) return t(key, options) as string;
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = t(key, {}) as string));
      return text;
    };
    translators.set(locale, translate);
  }
  return translate;
}

/**
 * The raw plural forms of a key by CLDR category (`one`, `other`, Arabic's `few` ...), with their
 * `{{count}}` placeholder, for islands that count on the client.
 */
export function pluralTemplates(locale: string, key: UiKey): Record<string, string> {
  const categories = pluralRules(locale).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    categories.map((category) => {
      const own = instance.getResource(locale, 'translation', `${key}_${category}`) as string | undefined;
      const fallback = instance.getResource(city.defaultLocale, 'translation', `${key}_other`) as string;
      return [category, own ?? fallback];
    }),
  );
}
