import { pointInPolygon, type Position } from '../geo.ts';
import { districtsMiddle, polygonsOf } from './district-shapes.ts';
import { checkFields } from '../content/zod-issues.ts';
import type { DistrictFeature } from '../../schemas/district.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { sensorSchema, type Sensor } from '../../schemas/sensor.ts';
import type { Term } from '../../schemas/taxonomy.ts';
import { sensorFieldVocabulary, type VocabularyName } from './vocabularies.ts';
import { unknownFacts, unknownMessage } from './unknown-facts.ts';

/** A register entry with its id and the districts it is in (derived from its location). */
export type RegisterEntry = Sensor & { id: string; districts: string[] };

/** What an entry is checked against. */
export interface EntryContext {
  vocabularies: Record<VocabularyName, Term[]>;
  organisations: readonly Organisation[];
  districts: readonly DistrictFeature[];
  /**
   * content/districts.geojson has errors of its own: places are not checked against it, so that
   * one broken district gives one message rather than one per device.
   */
  districtsBroken?: boolean;
  /** YYYY-MM-DD; dates of things that happened (created, updated, history) may not be later. */
  today: string;
}

/** A problem with one field of an entry, by its path. */
export interface EntryIssue {
  path: (string | number)[];
  message: string;
}

export function unknownTerm(id: string, vocabulary: string): string {
  return `"${id}" is not in content/taxonomy/${vocabulary}.yaml. Use an id from that file, or add the term there first.`;
}

/**
 * Checks one register entry completely: the schema, the vocabulary terms, the organisation and
 * the location. Shared by the build and the importer, so both accept exactly the same entries.
 */
export function checkEntry(
  raw: unknown,
  id: string,
  context: EntryContext,
): { entry?: RegisterEntry; issues: EntryIssue[] } {
  const unknown = unknownFacts(raw);
  const checked = checkFields(sensorSchema, raw);
  if (!checked.data || unknown.length > 0) {
    // A fact still "unknown" gets the question to ask its owner, not the schema's complaint about its type.
    const underUnknown = (path: string) =>
      unknown.some((fact) => path === fact.path.join('.') || path.startsWith(`${fact.path.join('.')}.`));
    const schemaIssues = checked.issues.filter((issue) => !underUnknown(issue.path.join('.')));
    // Terms, organisation and place are checked as far as the raw data allows, so that every
    // problem of an entry comes in one run rather than in rounds.
    const shaped = (raw ?? {}) as Sensor;
    const seen = new Set(schemaIssues.map((issue) => issue.path.join('.')));
    const places = context.districtsBroken ? [] : locateRaw(shaped, context.districts);
    const more = [...checkReferences(shaped, context), ...places].filter(
      (issue) => !seen.has(issue.path.join('.')) && !underUnknown(issue.path.join('.')),
    );
    return {
      issues: [
        ...unknown.map((fact) => ({ path: [...fact.path], message: unknownMessage(fact) })),
        ...schemaIssues,
        ...more,
      ],
    };
  }
  const sensor = checked.data;
  const issues = [
    ...checkReferences(sensor, context),
    ...checkPersonalData(sensor, context),
    ...checkPastDates(sensor, context.today),
  ];
  const located = locate(sensor, context.districts);
  if (!context.districtsBroken) issues.push(...located.issues);
  return issues.length > 0 ? { issues } : { entry: { ...sensor, id, districts: located.districts }, issues };
}

/** The place check on an entry that failed the schema: only when its location has the right shape. */
function locateRaw(sensor: Sensor, districts: readonly DistrictFeature[]): EntryIssue[] {
  const location = sensor.location as Record<string, unknown> | undefined;
  if (location?.['type'] === 'area')
    return Array.isArray(location['districts']) ? locate(sensor, districts).issues : [];
  // A point, or coordinates whose type is missing: where they are is worth saying now.
  if (typeof location?.['lat'] !== 'number' || typeof location['lng'] !== 'number') return [];
  return locate({ ...sensor, location: { ...location, type: 'point' } as Sensor['location'] }, districts).issues;
}

/**
 * A device that records a data type mapped to DTPR's "personal" element (licence plates, device
 * identifiers, ...) processes personal data whatever its entry says; "no" there would tell
 * residents the opposite of the truth and skip the legal basis and privacy statement.
 */
function checkPersonalData(sensor: Sensor, context: EntryContext): EntryIssue[] {
  if (sensor.personalData) return [];
  const personal = context.vocabularies['data-types'].filter(
    (term) => term.dtpr === 'personal' && sensor.dataTypes.includes(term.id),
  );
  if (personal.length === 0) return [];
  const named = personal.map((term) => `"${term.id}"`).join(', ');
  return [
    {
      path: ['personalData'],
      message: `This device records ${named}, which content/taxonomy/data-types.yaml marks as personal data (DTPR "personal"), but personalData is false. Set personalData: true and add the legalBasis and privacyStatement, or remove ${named} from dataTypes if the device does not record it.`,
    },
  ];
}

function checkPastDates(sensor: Sensor, today: string): EntryIssue[] {
  const future = (date: string) => `${date} is in the future: write the date it happened (today is ${today}).`;
  const issues: EntryIssue[] = [];
  for (const field of ['created', 'updated'] as const) {
    if (sensor[field] > today) issues.push({ path: [field], message: future(sensor[field]) });
  }
  sensor.history.forEach((event, index) => {
    if (event.date > today) issues.push({ path: ['history', index, 'date'], message: future(event.date) });
  });
  return issues;
}

function checkReferences(sensor: Sensor, context: EntryContext): EntryIssue[] {
  const issues: EntryIssue[] = [];
  for (const [field, vocabulary] of Object.entries(sensorFieldVocabulary)) {
    const known = new Set(context.vocabularies[vocabulary].map((term) => term.id));
    const value = sensor[field as keyof Sensor] as unknown;
    if (typeof value !== 'string' && !Array.isArray(value)) continue;
    (Array.isArray(value) ? value : [value]).forEach((termId, index) => {
      if (typeof termId === 'string' && !known.has(termId))
        issues.push({
          path: Array.isArray(value) ? [field, index] : [field],
          message: unknownTerm(termId, vocabulary),
        });
    });
  }
  const basis = sensor.legalBasis?.basis;
  if (typeof basis === 'string' && !context.vocabularies['legal-bases'].some((term) => term.id === basis)) {
    issues.push({ path: ['legalBasis', 'basis'], message: unknownTerm(basis, 'legal-bases') });
  }
  if (
    typeof sensor.organisation === 'string' &&
    !context.organisations.some((organisation) => organisation.id === sensor.organisation)
  ) {
    issues.push({ path: ['organisation'], message: unknownTerm(sensor.organisation, 'organisations') });
  }
  return issues;
}

function locate(sensor: Sensor, districts: readonly DistrictFeature[]): { districts: string[]; issues: EntryIssue[] } {
  const known = districts.map((district) => district.properties.id);
  if (sensor.location.type === 'area') {
    const issues = sensor.location.districts.flatMap((districtId, index) =>
      known.includes(districtId)
        ? []
        : [
            {
              path: ['location', 'districts', index],
              message: `"${districtId}" is not a district in content/districts.geojson (known: ${known.join(', ')}).`,
            },
          ],
    );
    return { districts: sensor.location.districts, issues };
  }
  const point: Position = [sensor.location.lng, sensor.location.lat];
  const district = districts.find((feature) => polygonsOf(feature).some((rings) => pointInPolygon(point, rings)));
  if (!district) {
    return {
      districts: [],
      issues: [
        {
          path: ['location', 'lat'],
          message: `${sensor.location.lat}, ${sensor.location.lng} lies outside every district. Check the coordinates (${whereTheCityIs(districts)}).`,
        },
      ],
    };
  }
  return { districts: [district.properties.id], issues: [] };
}

/** "latitude first, about 52; longitude about 5": the middle of the city's districts, in whole degrees. */
function whereTheCityIs(districts: readonly DistrictFeature[]): string {
  const middle = districtsMiddle(districts);
  if (!middle) return 'latitude first, then longitude';
  return `latitude first, about ${Math.round(middle.lat)}; longitude about ${Math.round(middle.lng)}`;
}
