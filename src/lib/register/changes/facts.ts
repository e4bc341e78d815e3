/**
 * The facts of a register entry, one path each, as an import or an edit compares them. Texts per
 * language and lists are one fact each; history, created and updated are bookkeeping that the
 * importer writes itself, so they are not facts here.
 */
import { fieldLabel } from '../sensor-fields.ts';

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

export const FACTS: readonly FactPath[] = [
  { path: ['name'], label: fieldLabel('name'), kind: 'text' },
  { path: ['summary'], label: fieldLabel('summary'), kind: 'text' },
  { path: ['status'], label: fieldLabel('status'), kind: 'enum', values: 'status.' },
  { path: ['activeFrom'], label: fieldLabel('activeFrom'), kind: 'date' },
  { path: ['activeUntil'], label: fieldLabel('activeUntil'), kind: 'date' },
  { path: ['kind'], label: fieldLabel('kind'), kind: 'term', vocabulary: 'kinds' },
  { path: ['technology'], label: fieldLabel('technology'), kind: 'terms', vocabulary: 'technologies' },
  { path: ['measures'], label: fieldLabel('measures'), kind: 'text' },
  { path: ['dataTypes'], label: fieldLabel('dataTypes'), kind: 'terms', vocabulary: 'data-types' },
  { path: ['personalData'], label: fieldLabel('personalData'), kind: 'boolean' },
  { path: ['purposes'], label: fieldLabel('purposes'), kind: 'terms', vocabulary: 'purposes' },
  { path: ['legalBasis', 'basis'], label: fieldLabel('legalBasis.basis'), kind: 'term', vocabulary: 'legal-bases' },
  { path: ['legalBasis', 'source'], label: fieldLabel('legalBasis.source'), kind: 'text' },
  { path: ['legalBasis', 'url'], label: fieldLabel('legalBasis.url'), kind: 'plain' },
  { path: ['privacyStatement'], label: fieldLabel('privacyStatement'), kind: 'plain' },
  { path: ['dpia', 'status'], label: fieldLabel('dpia.status'), kind: 'enum', values: 'dpia.' },
  { path: ['dpia', 'url'], label: fieldLabel('dpia.url'), kind: 'plain' },
  { path: ['processing'], label: fieldLabel('processing'), kind: 'terms', vocabulary: 'processing' },
  { path: ['retention'], label: fieldLabel('retention'), kind: 'retention' },
  { path: ['retentionNote'], label: fieldLabel('retentionNote'), kind: 'text' },
  { path: ['storage'], label: fieldLabel('storage'), kind: 'terms', vocabulary: 'storage' },
  { path: ['access'], label: fieldLabel('access'), kind: 'terms', vocabulary: 'access' },
  { path: ['sharing'], label: fieldLabel('sharing'), kind: 'text' },
  { path: ['organisation'], label: fieldLabel('organisation'), kind: 'term', vocabulary: 'organisations' },
  { path: ['vendor'], label: fieldLabel('vendor'), kind: 'plain' },
  { path: ['contact'], label: fieldLabel('contact'), kind: 'plain' },
  { path: ['location', 'type'], label: fieldLabel('location.type'), kind: 'plain' },
  { path: ['location', 'lat'], label: fieldLabel('location.lat'), kind: 'plain' },
  { path: ['location', 'lng'], label: fieldLabel('location.lng'), kind: 'plain' },
  { path: ['location', 'districts'], label: fieldLabel('location.districts'), kind: 'terms', vocabulary: 'districts' },
  { path: ['location', 'description'], label: fieldLabel('location.description'), kind: 'text' },
  { path: ['mountedOn'], label: fieldLabel('mountedOn'), kind: 'term', vocabulary: 'mountings' },
  { path: ['signage'], label: fieldLabel('signage'), kind: 'enum', values: 'signage.' },
  {
    path: ['security', 'encryptedInTransit'],
    label: fieldLabel('security.encryptedInTransit'),
    kind: 'enum',
    values: 'value.',
  },
  {
    path: ['security', 'encryptedAtRest'],
    label: fieldLabel('security.encryptedAtRest'),
    kind: 'enum',
    values: 'value.',
  },
  { path: ['security', 'updates'], label: fieldLabel('security.updates'), kind: 'enum', values: 'security.updates.' },
  { path: ['security', 'signedUpdates'], label: fieldLabel('security.signedUpdates'), kind: 'boolean' },
  { path: ['security', 'supportUntil'], label: fieldLabel('security.supportUntil'), kind: 'date' },
  { path: ['security', 'network'], label: fieldLabel('security.network'), kind: 'enum', values: 'security.network.' },
  { path: ['security', 'disclosurePolicy'], label: fieldLabel('security.disclosurePolicy'), kind: 'plain' },
  {
    path: ['security', 'conformity'],
    label: fieldLabel('security.conformity'),
    kind: 'terms',
    vocabulary: 'conformity',
  },
  { path: ['security', 'lastIndependentReview'], label: fieldLabel('security.lastIndependentReview'), kind: 'date' },
  { path: ['security', 'note'], label: fieldLabel('security.note'), kind: 'text' },
  { path: ['otherDetails'], label: fieldLabel('otherDetails'), kind: 'json' },
  { path: ['factsChecked', 'date'], label: fieldLabel('factsChecked.date'), kind: 'date' },
  { path: ['factsChecked', 'team'], label: fieldLabel('factsChecked.team'), kind: 'text' },
];

/** The value at a path, or undefined. */
export function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data;
  for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
  return node;
}

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
