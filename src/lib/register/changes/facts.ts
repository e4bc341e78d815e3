/**
 * The facts of a register entry, one path each, as an import or an edit compares them. Texts per
 * language and lists are one fact each; history, created and updated are bookkeeping that the
 * importer writes itself, so they are not facts here.
 */
export interface FactPath {
  path: readonly string[];
  /** The UI string (src/i18n/locales) that labels the fact on the sensor page and in history notes. */
  label: string;
  /** How its value reads: a text per language, a list of terms, a date, ... */
  kind: 'text' | 'terms' | 'term' | 'date' | 'boolean' | 'enum' | 'retention' | 'plain' | 'json';
  /** The vocabulary of a term or terms fact. */
  vocabulary?: string;
  /** The UI-string prefix of an enum fact's values (`status.` + value). */
  values?: string;
}

export const FACTS: readonly FactPath[] = [
  { path: ['name'], label: 'field.name', kind: 'text' },
  { path: ['summary'], label: 'field.summary', kind: 'text' },
  { path: ['status'], label: 'field.status', kind: 'enum', values: 'status.' },
  { path: ['activeFrom'], label: 'field.activeFrom', kind: 'date' },
  { path: ['activeUntil'], label: 'field.activeUntil', kind: 'date' },
  { path: ['kind'], label: 'field.kind', kind: 'term', vocabulary: 'kinds' },
  { path: ['technology'], label: 'field.technology', kind: 'terms', vocabulary: 'technologies' },
  { path: ['measures'], label: 'field.measures', kind: 'text' },
  { path: ['dataTypes'], label: 'field.dataTypes', kind: 'terms', vocabulary: 'data-types' },
  { path: ['personalData'], label: 'field.personalData', kind: 'boolean' },
  { path: ['purposes'], label: 'field.purposes', kind: 'terms', vocabulary: 'purposes' },
  { path: ['legalBasis', 'basis'], label: 'field.legalBasis', kind: 'term', vocabulary: 'legal-bases' },
  { path: ['legalBasis', 'source'], label: 'field.legalSource', kind: 'text' },
  { path: ['legalBasis', 'url'], label: 'field.legalSource', kind: 'plain' },
  { path: ['privacyStatement'], label: 'field.privacyStatement', kind: 'plain' },
  { path: ['dpia', 'status'], label: 'field.dpia', kind: 'enum', values: 'dpia.' },
  { path: ['dpia', 'url'], label: 'field.dpia', kind: 'plain' },
  { path: ['processing'], label: 'field.processing', kind: 'terms', vocabulary: 'processing' },
  { path: ['retention'], label: 'field.retention', kind: 'retention' },
  { path: ['retentionNote'], label: 'field.retentionNote', kind: 'text' },
  { path: ['storage'], label: 'field.storage', kind: 'terms', vocabulary: 'storage' },
  { path: ['access'], label: 'field.access', kind: 'terms', vocabulary: 'access' },
  { path: ['sharing'], label: 'field.sharing', kind: 'text' },
  { path: ['organisation'], label: 'field.organisation', kind: 'term', vocabulary: 'organisations' },
  { path: ['vendor'], label: 'field.vendor', kind: 'plain' },
  { path: ['contact'], label: 'field.contact', kind: 'plain' },
  { path: ['location', 'type'], label: 'field.location', kind: 'plain' },
  { path: ['location', 'lat'], label: 'field.latitude', kind: 'plain' },
  { path: ['location', 'lng'], label: 'field.longitude', kind: 'plain' },
  { path: ['location', 'districts'], label: 'field.district', kind: 'terms', vocabulary: 'districts' },
  { path: ['location', 'description'], label: 'field.locationDescription', kind: 'text' },
  { path: ['mountedOn'], label: 'field.mountedOn', kind: 'term', vocabulary: 'mountings' },
  { path: ['signage'], label: 'field.signage', kind: 'enum', values: 'signage.' },
  {
    path: ['security', 'encryptedInTransit'],
    label: 'security.field.encryptedInTransit',
    kind: 'enum',
    values: 'value.',
  },
  { path: ['security', 'encryptedAtRest'], label: 'security.field.encryptedAtRest', kind: 'enum', values: 'value.' },
  { path: ['security', 'updates'], label: 'security.field.updates', kind: 'enum', values: 'security.updates.' },
  { path: ['security', 'signedUpdates'], label: 'security.field.signedUpdates', kind: 'boolean' },
  { path: ['security', 'supportUntil'], label: 'security.field.supportUntil', kind: 'date' },
  { path: ['security', 'network'], label: 'security.field.network', kind: 'enum', values: 'security.network.' },
  { path: ['security', 'disclosurePolicy'], label: 'security.field.disclosurePolicy', kind: 'plain' },
  { path: ['security', 'conformity'], label: 'security.field.conformity', kind: 'terms', vocabulary: 'conformity' },
  { path: ['security', 'lastIndependentReview'], label: 'security.field.lastIndependentReview', kind: 'date' },
  { path: ['security', 'note'], label: 'field.securityNote', kind: 'text' },
  { path: ['otherDetails'], label: 'field.otherDetails', kind: 'json' },
  { path: ['factsChecked', 'date'], label: 'field.factsChecked', kind: 'date' },
  { path: ['factsChecked', 'team'], label: 'field.factsCheckedTeam', kind: 'text' },
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
