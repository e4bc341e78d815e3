import { readFileSync } from 'node:fs';
import { longDate } from '../../intl.ts';
import { formatDuration, parseRetention } from '../retention.ts';
import type { Register } from '../load-register.ts';
import type { FactChange, FactPath } from './facts.ts';

/** What a value in words needs besides the UI strings: the labels of terms, organisations and districts. */
export type WordSources = Pick<Register, 'vocabularies' | 'organisations' | 'districts'>;

const conformityKeys: Record<string, string> = {
  'etsi-en-303-645': 'security.conformity.etsi',
  'en-18031': 'security.conformity.en18031',
  'iec-62443-4-2': 'security.conformity.iec62443',
  'cra-ce': 'security.conformity.cra',
};

const strings = new Map<string, Record<string, string>>();

/** The site's UI strings of one language (src/i18n/locales/<code>.json), read once. */
export function uiStrings(locale: string): Record<string, string> {
  let found = strings.get(locale);
  if (!found) {
    const file = new URL(`../../../i18n/locales/${locale}.json`, import.meta.url);
    strings.set(locale, (found = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  }
  return found;
}

/**
 * Facts and their changes in words in one language, from the labels of the sensor page: "How long
 * data is kept: changed from 28 days to 7 days." Residents read these in the public history, the
 * register team in the import preview; neither should meet a field name such as `retention`.
 */
export function factWords(sources: WordSources, locale: string, defaultLocale: string) {
  const ui = uiStrings(locale);
  const fallback = uiStrings(defaultLocale);
  const t = (key: string, values: Record<string, string> = {}) =>
    (ui[key] ?? fallback[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_all, name: string) => values[name] ?? '');
  const text = (value: Record<string, string> | undefined, id: string) =>
    value?.[locale] ?? value?.[defaultLocale] ?? id;
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);

  const termLabel = (vocabulary: string | undefined, id: string): string => {
    if (vocabulary === 'organisations') return text(sources.organisations.find((o) => o.id === id)?.name, id);
    if (vocabulary === 'districts')
      return text(sources.districts.find((d) => d.properties.id === id)?.properties.name, id);
    if (vocabulary === 'conformity') return conformityKeys[id] ? t(conformityKeys[id]) : id;
    const terms = sources.vocabularies[vocabulary as keyof WordSources['vocabularies']] ?? [];
    return text(terms.find((term) => term.id === id)?.label, id);
  };

  function value(fact: FactPath, raw: unknown): string {
    if (raw === undefined || raw === null) return '';
    switch (fact.kind) {
      case 'text':
        return text(raw as Record<string, string>, '');
      case 'terms': {
        const ids = raw as string[];
        if (ids.length === 0) return fact.vocabulary === 'conformity' ? t('security.conformity.none') : '';
        return list(ids.map((id) => termLabel(fact.vocabulary, id)));
      }
      case 'term':
        return termLabel(fact.vocabulary, String(raw));
      case 'boolean':
        return t(raw === true ? 'value.yes' : raw === false ? 'value.no' : String(raw));
      case 'enum': {
        const camel = String(raw).replace(/-(\w)/g, (_all, letter: string) => letter.toUpperCase());
        return t(`${fact.values}${camel}`);
      }
      case 'retention': {
        try {
          const parts = parseRetention(String(raw));
          return parts ? formatDuration(parts, locale) : t('retention.none');
        } catch {
          return String(raw);
        }
      }
      case 'date': {
        if (raw === 'not-stated') return t('security.support.notStated');
        if (raw === 'none') return t('security.review.none');
        return /^\d{4}-\d{2}-\d{2}$/.test(String(raw)) ? longDate(locale).format(new Date(String(raw))) : String(raw);
      }
      case 'json':
        return JSON.stringify(raw);
      default:
        return raw === 'none' && fact.path.at(-1) === 'disclosurePolicy' ? t('security.disclosure.none') : String(raw);
    }
  }

  return {
    label: (fact: FactPath) => t(fact.label),
    value,
    /** One sentence for the public history. Texts are long, so a rewritten text is named, not quoted. */
    sentence(change: FactChange): string {
      const field = t(change.fact.label);
      const [from, to] = [value(change.fact, change.before), value(change.fact, change.after)];
      if (change.fact.kind === 'text' || change.fact.kind === 'json') return t('historyNote.rewritten', { field });
      if (!from) return t('historyNote.added', { field, to });
      if (!to) return t('historyNote.removed', { field, from });
      return t('historyNote.changed', { field, from, to });
    },
    t,
  };
}

export type FactWords = ReturnType<typeof factWords>;
