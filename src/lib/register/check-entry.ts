import { pointInPolygon, type Position } from '../geo.ts';
import { checkFields } from '../content/zod-issues.ts';
import type { DistrictFeature } from '../../schemas/district.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { sensorSchema, type Sensor } from '../../schemas/sensor.ts';
import type { Term } from '../../schemas/taxonomy.ts';
import { sensorFieldVocabulary, type VocabularyName } from './vocabularies.ts';

/** A register entry with its id and the districts it is in (derived from its location). */
export type RegisterEntry = Sensor & { id: string; districts: string[] };

/** What an entry is checked against. */
export interface EntryContext {
  vocabularies: Record<VocabularyName, Term[]>;
  organisations: readonly Organisation[];
  districts: readonly DistrictFeature[];
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
  const { data: sensor, issues: schemaIssues } = checkFields(sensorSchema, raw);
  if (!sensor) return { issues: schemaIssues };
  const issues = [...checkReferences(sensor, context), ...checkPastDates(sensor, context.today)];
  const located = locate(sensor, context.districts);
  issues.push(...located.issues);
  return issues.length > 0 ? { issues } : { entry: { ...sensor, id, districts: located.districts }, issues };
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
    const value = sensor[field as keyof Sensor] as string | string[];
    (Array.isArray(value) ? value : [value]).forEach((termId, index) => {
      if (!known.has(termId))
        issues.push({
          path: Array.isArray(value) ? [field, index] : [field],
          message: unknownTerm(termId, vocabulary),
        });
    });
  }
  if (sensor.legalBasis && !context.vocabularies['legal-bases'].some((term) => term.id === sensor.legalBasis!.basis)) {
    issues.push({ path: ['legalBasis', 'basis'], message: unknownTerm(sensor.legalBasis.basis, 'legal-bases') });
  }
  if (!context.organisations.some((organisation) => organisation.id === sensor.organisation)) {
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
          message: `${sensor.location.lat}, ${sensor.location.lng} lies outside every district. Check the coordinates (latitude first, about 52; longitude about 5).`,
        },
      ],
    };
  }
  return { districts: [district.properties.id], issues: [] };
}

function polygonsOf(feature: DistrictFeature): Position[][][] {
  const geometry = feature.geometry;
  return (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
}
