/**
 * The facts of a register entry, one path each, as an import or an edit compares them. Texts per
 * language and lists are one fact each; history, created and updated are bookkeeping that the
 * importer writes itself, so they are not facts here. Made from the schema's fields and their
 * metadata (label, vocabulary, values), so a new field is a fact by being declared.
 */
import { valueAt, type SchemaField } from '../../content/schema-fields.ts';
import { fieldLabel, sensorFields } from '../sensor-fields.ts';

export interface FactPath {
  path: readonly string[];
  /** The UI string (src/i18n/locales) that labels the fact on the sensor page and in history notes: the field's. */
  label: string;
  /** How its value reads: a text per language, a list of terms, a date, ... */
  kind: 'text' | 'terms' | 'term' | 'date' | 'boolean' | 'enum' | 'retention' | 'plain' | 'json';
  /** The vocabulary of a term or terms fact. */
  vocabulary?: string;
  /** The UI-string prefix of an enum fact's values (`status.` + value). */
  values?: string;
}

/** Fields the importer writes itself (history, created, updated): bookkeeping, not facts. */
const BOOKKEEPING = ['history', 'created', 'updated'];

/** How a field's value reads, from what its schema says it holds. */
function factKind(field: SchemaField): FactPath['kind'] {
  if (field.meta.vocabulary) return field.value === 'list' ? 'terms' : 'term';
  if (field.meta.values) return 'enum';
  if (field.meta.holds === 'duration') return 'retention';
  switch (field.value) {
    case 'per-language':
      return 'text';
    case 'date':
    case 'boolean':
      return field.value;
    case 'structured':
      return 'json';
    default:
      return 'plain';
  }
}

/** Every field of a register entry but the bookkeeping, in the schema's order (the sensor page's). */
export const FACTS: readonly FactPath[] = sensorFields
  .filter((field) => field.value !== 'group' && field.value !== 'choice' && !BOOKKEEPING.includes(field.path[0]!))
  .map((field) => ({
    path: field.path,
    label: fieldLabel(field.path.join('.')),
    kind: factKind(field),
    ...(field.meta.vocabulary ? { vocabulary: field.meta.vocabulary } : {}),
    ...(field.meta.values ? { values: field.meta.values } : {}),
  }));

/** Canonical JSON (sorted keys) so that equal data compares equal whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** One fact that differs between two versions of an entry. */
export interface FactChange {
  fact: FactPath;
  before: unknown;
  after: unknown;
}

/** The facts that differ, in the order of FACTS (the order of the sensor page). */
export function changedFacts(before: unknown, after: unknown): FactChange[] {
  return FACTS.flatMap((fact) => {
    const [old, value] = [valueAt(before, fact.path), valueAt(after, fact.path)];
    return canonical(old) === canonical(value) ? [] : [{ fact, before: old, after: value }];
  });
}
