import { reservedIdProblem } from '../sensor-id.ts';
import {
  ENCRYPTION_TERMS,
  fieldsUsingOther,
  listOf,
  localizedOf,
  textOf,
  type ProposalValues,
} from './proposal-values.ts';

/** The site's languages, default first, and the day the owner confirms the facts. */
export interface ProposalContext {
  locales: readonly string[];
  defaultLocale: string;
  /** YYYY-MM-DD: the day of the proposal, which is the day its facts were confirmed. */
  today: string;
}

/** The longest id the form suggests: it is printed on the street sign beside the QR code. */
const ID_MAX_LENGTH = 60;

/**
 * The id a proposal suggests: the default-language name in lowercase words joined by hyphens,
 * letters stripped of accents (`Café-teller Brug` → `cafe-teller-brug`). The register team may
 * choose another before importing; the id is the device's address forever.
 */
export function suggestedId(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > ID_MAX_LENGTH) break;
    id = next;
  }
  if (!id) return 'proposed-device';
  // A name such as "Stats" would make the address of a register page.
  return reservedIdProblem(id) ? `${id}-device` : id;
}

/** ISO 8601 duration from the amount and unit the owner chose; hours go in the time part. */
export function retentionOf(values: ProposalValues): string {
  if (textOf(values, 'retentionKept') === 'no') return 'none';
  const amount = textOf(values, 'retentionAmount');
  const unit = textOf(values, 'retentionUnit');
  return unit === 'H' ? `PT${amount}H` : `P${amount}${unit}`;
}

/** Leaves out the keys whose value is undefined, so the file holds only what the owner said. */
function defined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

/** A text per language, or undefined when no language has one. */
function optionalText(values: ProposalValues, field: string, locales: readonly string[]) {
  const text = localizedOf(values, field, locales);
  return Object.keys(text).length > 0 ? text : undefined;
}

/**
 * The register entry a proposal describes, in the register's own field names and order
 * (`src/schemas/sensor.ts`). History, `created` and `updated` are left to the importer, which
 * writes them on the day the team imports the device. Call it on values that passed
 * `checkProposal`; the importer checks the result again, as it checks every entry.
 */
export function proposalEntry(values: ProposalValues, context: ProposalContext): Record<string, unknown> {
  const { locales } = context;
  const text = (field: string) => textOf(values, field) || undefined;
  const personalData = textOf(values, 'personalData') === 'yes';
  const encryption = (Object.keys(ENCRYPTION_TERMS) as (keyof typeof ENCRYPTION_TERMS)[])
    .filter((field) => textOf(values, field) !== 'no')
    .map((field) => ENCRYPTION_TERMS[field]);
  const location =
    textOf(values, 'locationType') === 'area'
      ? { type: 'area', districts: listOf(values, 'districts') }
      : { type: 'point', lat: coordinateOf(values, 'lat'), lng: coordinateOf(values, 'lng') };
  const others = fieldsUsingOther(values);
  const dpiaStatus = text('dpia');
  const updates = textOf(values, 'updates');
  return defined({
    name: localizedOf(values, 'name', locales),
    summary: localizedOf(values, 'summary', locales),
    status: textOf(values, 'status'),
    activeFrom: textOf(values, 'activeFrom'),
    kind: textOf(values, 'kind'),
    technology: listOf(values, 'technology'),
    measures: localizedOf(values, 'measures', locales),
    dataTypes: listOf(values, 'dataTypes'),
    personalData,
    purposes: listOf(values, 'purposes'),
    legalBasis: personalData
      ? defined({
          basis: textOf(values, 'legalBasis'),
          source: optionalText(values, 'legalSource', locales),
          url: text('legalUrl'),
        })
      : undefined,
    privacyStatement: personalData ? text('privacyStatement') : undefined,
    // The form asks for the link only when the assessment is done.
    dpia: dpiaStatus
      ? defined({ status: dpiaStatus, url: dpiaStatus === 'done' ? text('dpiaUrl') : undefined })
      : undefined,
    processing: [...listOf(values, 'processing'), ...encryption],
    retention: retentionOf(values),
    retentionNote: optionalText(values, 'retentionNote', locales),
    storage: listOf(values, 'storage'),
    access: listOf(values, 'access'),
    sharing: optionalText(values, 'sharing', locales),
    organisation: textOf(values, 'organisation'),
    vendor: text('vendor'),
    contact: contactOf(textOf(values, 'contact')),
    location: { ...location, description: localizedOf(values, 'locationDescription', locales) },
    mountedOn: textOf(values, 'mountedOn'),
    signage: textOf(values, 'signage'),
    security: defined({
      encryptedInTransit: textOf(values, 'encryptedInTransit'),
      encryptedAtRest: textOf(values, 'encryptedAtRest'),
      updates,
      signedUpdates: updates !== 'none' && textOf(values, 'signedUpdates') === 'yes',
      supportUntil: text('supportUntil') ?? 'not-stated',
      network: textOf(values, 'network'),
      disclosurePolicy: text('disclosurePolicy') ?? 'none',
      conformity: listOf(values, 'conformity'),
      lastIndependentReview: text('lastIndependentReview') ?? 'none',
      note: optionalText(values, 'securityNote', locales),
    }),
    otherDetails:
      others.length > 0
        ? Object.fromEntries(others.map((field) => [field, localizedOf(values, `otherDetails.${field}`, locales)]))
        : undefined,
    factsChecked: { date: context.today, team: localizedOf(values, 'team', locales) },
  });
}

/** A coordinate as typed, with a decimal comma read as a point (52,1 is how Dutch and Arabic keyboards write it). */
export function coordinateOf(values: ProposalValues, field: 'lat' | 'lng'): number {
  return Number(textOf(values, field).replace(',', '.'));
}

/** `mailto:` for an e-mail address, an https address as it is; undefined when empty. */
export function contactOf(value: string): string | undefined {
  if (value === '') return undefined;
  return /^https:\/\//i.test(value) || value.startsWith('mailto:') ? value : `mailto:${value}`;
}
