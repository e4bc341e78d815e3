import { pick } from '../localized.ts';
import type { Term } from '../../schemas/taxonomy.ts';
import type { Register, RegisterEntry } from './load-register.ts';
import type { VocabularyName } from './vocabularies.ts';

/** Looks up terms and names in the reader's language. */
export interface Labeller {
  term(vocabulary: VocabularyName, id: string): Term;
  label(vocabulary: VocabularyName, id: string): string;
  labels(vocabulary: VocabularyName, ids: readonly string[]): string[];
  district(id: string): string;
  organisation(id: string): string;
  text(text: Record<string, string>): string;
  name(entry: RegisterEntry): string;
}

export function labeller(register: Register, locale: string, defaultLocale: string): Labeller {
  const text = (value: Record<string, string>) => pick(value, locale, defaultLocale).value;
  const term = (vocabulary: VocabularyName, id: string) => {
    const found = register.vocabularies[vocabulary].find((candidate) => candidate.id === id);
    if (!found) throw new Error(`"${id}" is not in content/taxonomy/${vocabulary}.yaml.`);
    return found;
  };
  return {
    term,
    label: (vocabulary, id) => text(term(vocabulary, id).label),
    labels: (vocabulary, ids) => ids.map((id) => text(term(vocabulary, id).label)),
    district: (id) =>
      text(register.districts.find((d) => d.properties.id === id)?.properties.name ?? { [defaultLocale]: id }),
    organisation: (id) => text(register.organisations.find((o) => o.id === id)?.name ?? { [defaultLocale]: id }),
    text,
    name: (entry) => text(entry.name),
  };
}
