/**
 * What a sensor owner types into the proposal form (/<lang>/register/propose/), kept as the form
 * holds it: one string or list of strings per field, keyed by the field's name. Texts per language
 * are `name.en`, `name.ar`; an explanation of "other" is `otherDetails.purposes.en`. The form, the
 * check, the file and the draft kept in the browser all use these names, so an error links to the
 * field it is about and a draft reads back into the same fields.
 *
 * Browser-safe: nothing here reads files or the city profile (the form gets both as props).
 */
export type ProposalValues = Record<string, string | string[]>;

/** Where the form keeps its draft in the browser (listed on /<lang>/my-data/). */
export const PROPOSAL_DRAFT_KEY = 'register:proposal';

/** The texts asked per language; `locationDescription` becomes `location.description`. */
export const localizedFields = [
  'name',
  'summary',
  'measures',
  'legalSource',
  'retentionNote',
  'sharing',
  'locationDescription',
  'securityNote',
  'team',
] as const;
export type LocalizedField = (typeof localizedFields)[number];

/** Fields whose value is one term of a vocabulary. */
export const singleTermFields = ['kind', 'mountedOn'] as const;
/** Fields whose value is a list of terms of a vocabulary. */
export const termListFields = ['technology', 'dataTypes', 'purposes', 'processing', 'storage', 'access'] as const;
export type TermField = (typeof singleTermFields)[number] | (typeof termListFields)[number];

/**
 * The processing terms that state a security fact. The form sets them from the security answers
 * (the register insists the two agree), so the owner answers the question once.
 */
export const ENCRYPTION_TERMS = { encryptedInTransit: 'encrypted-in-transit', encryptedAtRest: 'encrypted-at-rest' };

/** Units of the retention period, as ISO 8601 duration letters (hours are in the time part). */
export const retentionUnits = ['H', 'D', 'W', 'M', 'Y'] as const;
export type RetentionUnit = (typeof retentionUnits)[number];

/** The names of the proposer's own contact fields: never part of the register entry. */
export const proposerFields = ['proposerName', 'proposerEmail', 'proposerPhone'] as const;

/** The field's text, trimmed; '' when missing or a list. */
export function textOf(values: ProposalValues, field: string): string {
  const value = values[field];
  return typeof value === 'string' ? value.trim() : '';
}

/** The field's list; [] when missing or a text. */
export function listOf(values: ProposalValues, field: string): string[] {
  const value = values[field];
  return Array.isArray(value) ? value : [];
}

/** A text per language with the languages that have one, default language first. */
export function localizedOf(values: ProposalValues, field: string, locales: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    locales.map((code) => [code, textOf(values, `${field}.${code}`)]).filter(([, text]) => text !== ''),
  );
}

/** The fields whose term list or single term includes `other`, each of which needs an explanation. */
export function fieldsUsingOther(values: ProposalValues): TermField[] {
  return [...singleTermFields, ...termListFields].filter((field) =>
    field === 'kind' || field === 'mountedOn'
      ? textOf(values, field) === 'other'
      : listOf(values, field).includes('other'),
  );
}

/** Whether the stored value has the shape of the form's values (a draft read back from storage). */
export function isProposalValues(value: unknown): value is ProposalValues {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (item) => typeof item === 'string' || (Array.isArray(item) && item.every((part) => typeof part === 'string')),
    )
  );
}
