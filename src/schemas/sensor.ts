import { z } from 'zod';
import { impossibleDay } from './calendar-date.ts';
import { localizedText } from './localized-text.ts';
import { localizedName, localizedSummary } from './name-text.ts';
import { contactAddress, httpsUrl } from './links.ts';
import { termId } from './taxonomy.ts';
import { securitySchema, type SecurityFacts } from './sensor-security.ts';
import { attackerDetailIn, attackerDetailMessage } from './attacker-details.ts';

/** A calendar date written YYYY-MM-DD; a day that does not exist (2026-02-31) is named as such. */
const isoDate = z.iso.date({
  error: (issue) =>
    (typeof issue.input === 'string' && impossibleDay(issue.input)) || 'Write the date as YYYY-MM-DD, e.g. 2025-03-01.',
});

/** A list of term ids from one vocabulary, at least one, each once. */
const terms = z
  .array(termId)
  .min(1, 'Name at least one term.')
  .refine((ids) => new Set(ids).size === ids.length, 'Each term may be listed once.');

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** Days per year, month, week, day, hour, minute and second (as the register's statistics count them). */
const DAYS_PER_PART = [365, 30, 7, 1, 1 / 24, 1 / 1440, 1 / 86400];

/**
 * The longest retention the register accepts. Nothing is kept longer; a longer one is a typo, and
 * an absurd one (P100000Y) crashes the build, where the sign's words for it are made.
 */
export const MAX_RETENTION_YEARS = 100;

/** The length of an ISO 8601 duration in days; 0 for anything else (the pattern reports that). */
function durationDays(value: string): number {
  const parts = DURATION.exec(value)?.slice(1) ?? [];
  return parts.reduce((days, number, index) => days + Number(number ?? 0) * DAYS_PER_PART[index]!, 0);
}

/** ISO 8601 duration (P30D, PT72H, P1Y6M) or `none` when no data is kept. */
export const retentionValue = z
  .string()
  .regex(
    new RegExp(`^none$|${DURATION.source}`),
    'Write an ISO 8601 duration such as P30D (30 days), PT72H (72 hours) or P1Y (1 year), or "none".',
  )
  .refine(
    (value) => durationDays(value) <= MAX_RETENTION_YEARS * 365,
    `Write a retention of at most ${MAX_RETENTION_YEARS} years (P${MAX_RETENTION_YEARS}Y): check the number, and write how long the data is really kept.`,
  );

/** Where a device is. */
export const locationSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('point').meta({ label: 'field.location', description: 'A device fixed in one place.' }),
    lat: z
      .number()
      .min(-90)
      .max(90)
      .meta({ label: 'field.latitude', column: 'lat', description: 'Latitude in WGS 84 degrees.' }),
    lng: z
      .number()
      .min(-180)
      .max(180)
      .meta({ label: 'field.longitude', column: 'lng', description: 'Longitude in WGS 84 degrees.' }),
    description: localizedText.meta({
      label: 'field.locationDescription',
      searchable: 'body',
      description: 'Where to find it, in words residents use: "On the lamp post at the corner of ...".',
    }),
  }),
  z.strictObject({
    type: z.literal('area').meta({
      label: 'field.location',
      description: 'A mobile device (on a vehicle, a drone): the districts it covers.',
    }),
    districts: terms.meta({
      vocabulary: 'districts',
      label: 'field.district',
      description: 'District ids from content/districts.geojson.',
    }),
    description: localizedText.meta({
      label: 'field.locationDescription',
      searchable: 'body',
      description: 'Where and when it moves, in words residents use.',
    }),
  }),
]);

/** One event in a device's public history. */
export const historyEventSchema = z.strictObject({
  date: isoDate.meta({ description: 'When it happened.' }),
  type: z
    .enum(['registered', 'activated', 'changed', 'moved', 'deactivated', 'reactivated', 'removed', 'transferred'])
    .meta({ description: 'What happened.' }),
  note: localizedText.meta({ description: 'What changed, in plain words.' }),
});

/** When the facts of an entry were last confirmed with the device's owner, and by whom. */
export const factsCheckedSchema = z
  .object({
    date: isoDate.meta({
      label: 'field.factsChecked',
      column: 'facts_checked',
      description:
        'The day the owner confirmed the facts (YYYY-MM-DD); the check warns when it is older than city.config.ts allows.',
    }),
    team: localizedText.meta({
      label: 'field.factsCheckedTeam',
      notSearched: 'Bookkeeping: which team confirmed the facts says nothing about the device.',
      description: 'The team that confirmed them, never a person\'s name: "Mobility team".',
    }),
  })
  .strict();

/** The legal ground for processing personal data (GDPR Art. 6), with the law or decision behind it. */
export const legalBasisSchema = z.strictObject({
  basis: termId.meta({
    vocabulary: 'legal-bases',
    label: 'field.legalBasis',
    column: 'legal_basis',
    description: 'An id from content/taxonomy/legal-bases.yaml.',
  }),
  source: localizedText.optional().meta({
    label: 'field.legalSource',
    notSearched: 'The same few laws are named on many devices: their words would match most of the register.',
    description: 'The law, bylaw or decision, in words: "Road Traffic Act, article 5".',
  }),
  url: httpsUrl.optional().meta({ label: 'field.legalSource', description: 'Link to that law or decision.' }),
});

export const sensorSchema = z
  .object({
    name: localizedName(120).meta({
      label: 'field.name',
      searchable: 'title',
      description: 'The device\'s name as residents would say it: "Cyclist counter Havenbrug".',
    }),
    summary: localizedSummary(600).meta({
      label: 'field.summary',
      searchable: 'summary',
      description: 'One or two plain sentences: what it does and does not do.',
    }),
    status: z.enum(['planned', 'active', 'inactive', 'removed']).meta({
      values: 'status.',
      label: 'field.status',
      description: 'planned, active, inactive (switched off, still there) or removed.',
    }),
    activeFrom: isoDate.meta({
      label: 'field.activeFrom',
      description: 'First day of operation (or the planned day).',
    }),
    activeUntil: isoDate
      .optional()
      .meta({ label: 'field.activeUntil', description: 'Last day of operation, when known.' }),
    kind: termId.meta({
      vocabulary: 'kinds',
      label: 'field.kind',
      description: 'Device kind: an id from content/taxonomy/kinds.yaml.',
    }),
    technology: terms.meta({
      vocabulary: 'technologies',
      label: 'field.technology',
      description: 'Technologies used: ids from content/taxonomy/technologies.yaml.',
    }),
    measures: localizedText.meta({
      label: 'field.measures',
      searchable: 'body',
      description: 'What it measures or records, in plain words.',
    }),
    dataTypes: terms.meta({
      vocabulary: 'data-types',
      label: 'field.dataTypes',
      description: 'Kinds of data produced: ids from content/taxonomy/data-types.yaml.',
    }),
    personalData: z.boolean().meta({
      label: 'field.personalData',
      description: 'Whether the device processes personal data (images of people, licence plates, device ids ...).',
    }),
    purposes: terms.meta({
      vocabulary: 'purposes',
      label: 'field.purposes',
      description: 'Why it is there: ids from content/taxonomy/purposes.yaml.',
    }),
    legalBasis: legalBasisSchema
      .optional()
      .meta({ label: 'field.legalBasis', description: 'Required when personalData is true.' }),
    privacyStatement: httpsUrl.optional().meta({
      label: 'field.privacyStatement',
      description: 'The privacy statement covering this device; required when personalData is true.',
    }),
    dpia: z
      .strictObject({
        status: z
          .enum(['done', 'planned', 'not-required'])
          .meta({ label: 'field.dpia', values: 'dpia.', description: 'done, planned or not-required.' }),
        url: httpsUrl
          .optional()
          .meta({ label: 'field.dpia', description: 'Link to the published assessment or its summary.' }),
      })
      .optional()
      .meta({
        label: 'field.dpia',
        description: 'Data protection impact assessment: done (with link), planned, or not-required.',
      }),
    processing: terms.meta({
      vocabulary: 'processing',
      label: 'field.processing',
      description: 'How data is processed: ids from content/taxonomy/processing.yaml.',
    }),
    retention: retentionValue.meta({
      holds: 'duration',
      label: 'field.retention',
      description: 'How long data is kept: ISO 8601 duration or "none".',
    }),
    retentionNote: localizedText.optional().meta({
      label: 'field.retentionNote',
      searchable: 'body',
      description:
        '`retention` is the longest time the device\'s data is normally kept (the sign\'s retention line). This note says what is kept shorter or longer, and why: data kept longer for a reason of its own (an unpaid fee, accident footage, a subscription, summaries) or passed to another organisation (a confirmed fine to the CJIB). When there is a note, the sign adds "exceptions on the web page".',
    }),
    storage: terms.meta({
      vocabulary: 'storage',
      label: 'field.storage',
      description: 'Where data is stored: ids from content/taxonomy/storage.yaml.',
    }),
    access: terms.meta({
      vocabulary: 'access',
      label: 'field.access',
      description: 'Who can access the data: ids from content/taxonomy/access.yaml.',
    }),
    sharing: localizedText.optional().meta({
      label: 'field.sharing',
      searchable: 'body',
      description: 'With whom data is shared and on what terms, in plain words.',
    }),
    organisation: termId.meta({
      vocabulary: 'organisations',
      label: 'field.organisation',
      description: 'The accountable organisation: an id from content/taxonomy/organisations.yaml.',
    }),
    vendor: z.string().trim().min(1).optional().meta({
      label: 'field.vendor',
      description: 'The company that makes or runs the device, when not the organisation itself.',
    }),
    contact: contactAddress.optional().meta({
      label: 'field.contact',
      description: "Whom to ask about this device; defaults to the organisation's contact.",
    }),
    location: locationSchema.meta({ label: 'field.location', description: 'Where it is.' }),
    mountedOn: termId.meta({
      vocabulary: 'mountings',
      label: 'field.mountedOn',
      description: 'What it is mounted on: an id from content/taxonomy/mountings.yaml.',
    }),
    signage: z.enum(['yes', 'no', 'planned']).meta({
      values: 'signage.',
      label: 'field.signage',
      description: 'Whether a sign on site tells passers-by about it.',
    }),
    security: securitySchema.meta({
      description: 'How the device is secured, at policy level: see src/schemas/sensor-security.ts.',
    }),
    otherDetails: z.record(z.string(), localizedText).optional().meta({
      label: 'field.otherDetails',
      description: 'Explanations for `other` in any vocabulary field: `{ purposes: { en: "..." } }`.',
    }),
    history: z
      .array(historyEventSchema)
      .min(1, 'Add at least the "registered" event.')
      .meta({ description: 'Public history, oldest first.' }),
    created: isoDate.meta({ label: 'field.created', description: 'When the entry was first published.' }),
    updated: isoDate.meta({ label: 'field.updated', description: 'When the entry last changed.' }),
    factsChecked: factsCheckedSchema.meta({
      label: 'field.factsChecked',
      description: 'When the facts were last confirmed with the owner, and by which team.',
    }),
  })
  .strict()
  .superRefine((sensor, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (sensor.personalData && !sensor.legalBasis) {
      issue(['legalBasis'], 'This device processes personal data: name its legal basis (one of the six GDPR bases).');
    }
    if (sensor.personalData && !sensor.privacyStatement) {
      issue(['privacyStatement'], 'This device processes personal data: link its privacy statement.');
    }
    if (sensor.activeUntil && sensor.activeUntil < sensor.activeFrom) {
      issue(['activeUntil'], `activeUntil (${sensor.activeUntil}) is before activeFrom (${sensor.activeFrom}).`);
    }
    if (sensor.updated < sensor.created) {
      issue(['updated'], `updated (${sensor.updated}) is before created (${sensor.created}).`);
    }
    if (sensor.dpia?.status === 'done' && !sensor.dpia.url) {
      issue(['dpia', 'url'], 'The assessment is done: link it (or its public summary).');
    }
    sensor.history.forEach((event, index) => {
      const previous = sensor.history[index - 1];
      if (previous && event.date < previous.date) {
        issue(['history', index, 'date'], 'List history events oldest first.');
      }
    });
    checkSecurity(sensor.security, sensor.processing, issue);
    for (const { path, text } of textsOf(sensor)) {
      const found = attackerDetailIn(text);
      if (found) issue(path, attackerDetailMessage(found));
    }
    const usesOther = (Object.entries(sensor) as [string, unknown][])
      .filter(([, value]) => Array.isArray(value) && value.includes('other'))
      .map(([field]) => field);
    for (const field of usesOther) {
      if (!sensor.otherDetails?.[field])
        issue(['otherDetails', field], `"${field}" includes "other": explain it here.`);
    }
  })
  .meta({
    description:
      'A register entry: one device in public space (`content/register/<id>.yaml`; the file name is the id).',
  });

/** Processing terms that state the same fact as a security field, so the two must agree. */
const encryptionTerms = [
  { field: 'encryptedInTransit', term: 'encrypted-in-transit' },
  { field: 'encryptedAtRest', term: 'encrypted-at-rest' },
] as const;

function checkSecurity(
  security: SecurityFacts,
  processing: readonly string[],
  issue: (path: (string | number)[], message: string) => void,
): void {
  for (const { field, term } of encryptionTerms) {
    const encrypted = security[field] !== 'no';
    if (encrypted !== processing.includes(term)) {
      issue(
        ['security', field],
        encrypted
          ? `security.${field} is "${security[field]}": add "${term}" to processing as well.`
          : `security.${field} is "no" but processing lists "${term}": correct one of the two.`,
      );
    }
  }
  if (security.updates === 'none' && security.signedUpdates) {
    issue(
      ['security', 'signedUpdates'],
      'This device cannot be updated (updates: none), so signedUpdates must be false.',
    );
  }
}

/** Every free text of an entry with its path: the places where attacker-helping details could slip in. */
function textsOf(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return /^(https:|mailto:)/.test(value) ? [] : [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => textsOf(item, [...path, key]));
  return [];
}

export type SensorInput = z.input<typeof sensorSchema>;
export type Sensor = z.output<typeof sensorSchema>;
/** A sensor with its id (the file name). */
export type SensorEntry = Sensor & { id: string };
