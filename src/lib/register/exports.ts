import { stringify } from 'csv-stringify/sync';
import { pick } from '../localized.ts';
import { publishableJson, publishableText } from '../published-text.ts';
import { neutralizeFormula } from './csv-safety.ts';
import { csvColumns } from './csv-columns.ts';
import type { Register, RegisterEntry } from './load-register.ts';
import type { Position } from '../geo.ts';
import { dissolve } from '../geo-dissolve.ts';
import { securityDtprIds } from './security.ts';
import { technologyDtpr } from './dtpr-technology.ts';

/** Version of the open-data layout; bump the minor for added fields, the major for changes. */
export const EXPORT_SCHEMA_VERSION = '1.2';

/** What every export needs to know about the site. */
export interface ExportContext {
  siteUrl: string;
  defaultLocale: string;
  locales: readonly string[];
  licence: { name: string; url: string };
  publisher: string;
}

/** The sensor page a resident lands on, in the default language (what signs and exports link to). */
export function sensorUrl(context: ExportContext, id: string, locale = context.defaultLocale): string {
  return `${context.siteUrl}/${locale}/register/${id}/`;
}

/** /data/register.json: every field of every entry, with the schema version and licence. */
export function registerJson(register: Register, context: ExportContext): string {
  const { entries } = register;
  return publishableJson({
    schemaVersion: EXPORT_SCHEMA_VERSION,
    licence: context.licence,
    publisher: context.publisher,
    count: entries.length,
    entries: entries.map((entry) => ({ ...entry, url: sensorUrl(context, entry.id) })),
  });
}

/** /data/register.csv: documented flat columns, every cell safe to open in a spreadsheet. */
export function registerCsv(register: Register, context: ExportContext): string {
  const columns = csvColumns(context.locales);
  const rows = register.entries.map((entry) =>
    columns.map((column) => neutralizeFormula(publishableText(column.get(entry)))),
  );
  // A byte order mark so that spreadsheet programs read the file as UTF-8 (Arabic and Dutch names).
  return `\uFEFF${stringify([columns.map((column) => column.name), ...rows], { record_delimiter: '\r\n' })}`;
}

/** /data/register.geojson (RFC 7946): points, and mobile devices as the area of the districts they cover. */
export function registerGeoJson(register: Register, context: ExportContext): string {
  const districtPolygons = new Map(
    register.districts.map((d) => [
      d.properties.id,
      (d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates) as Position[][][],
    ]),
  );
  return publishableJson({
    type: 'FeatureCollection',
    features: register.entries.map((entry) => ({
      type: 'Feature',
      id: entry.id,
      geometry:
        entry.location.type === 'point'
          ? { type: 'Point', coordinates: [entry.location.lng, entry.location.lat] }
          : {
              type: 'MultiPolygon',
              coordinates: dissolve(entry.location.districts.flatMap((id) => districtPolygons.get(id) ?? [])),
            },
      properties: {
        id: entry.id,
        name: pick(entry.name, context.defaultLocale, context.defaultLocale).value,
        kind: entry.kind,
        status: entry.status,
        personalData: entry.personalData,
        organisation: entry.organisation,
        districts: entry.districts,
        encryptedInTransit: entry.security.encryptedInTransit,
        encryptedAtRest: entry.security.encryptedAtRest,
        supportUntil: entry.security.supportUntil,
        factsChecked: entry.factsChecked.date,
        url: sensorUrl(context, entry.id),
      },
    })),
  });
}

/** /data/districts.geojson (RFC 7946): the city's districts, for the register map and reuse. */
export function districtsGeoJson(register: Register): string {
  return publishableJson({ type: 'FeatureCollection', features: register.districts });
}

/** DTPR-style description of one device: its datachain as DTPR element ids. */
export function dtprJson(entry: RegisterEntry, register: Register, context: ExportContext): string {
  const dtprOf = (vocabulary: keyof Register['vocabularies'], ids: readonly string[]) =>
    ids
      .map((id) => register.vocabularies[vocabulary].find((term) => term.id === id)?.dtpr)
      .filter((id): id is string => Boolean(id));
  const organisation = register.organisations.find((o) => o.id === entry.organisation)!;
  return publishableJson({
    schemaVersion: EXPORT_SCHEMA_VERSION,
    id: entry.id,
    url: sensorUrl(context, entry.id),
    name: entry.name,
    datachain: {
      device__tech: [
        ...new Set(
          entry.technology
            .map((id) =>
              technologyDtpr(
                id,
                register.vocabularies.technologies.find((term) => term.id === id)?.dtpr ?? null,
                entry,
              ),
            )
            .filter((id): id is string => Boolean(id)),
        ),
      ],
      device__purpose: dtprOf('purposes', entry.purposes),
      device__process: [...new Set([...dtprOf('processing', entry.processing), ...securityDtprIds(entry.security)])],
      device__data: dtprOf('data-types', entry.dataTypes),
      device__access: dtprOf('access', entry.access),
      device__storage: dtprOf('storage', entry.storage),
      device__accountable: dtprOf('organisation-types', [organisation.type]),
      device__retention: entry.retention === 'none' ? ['no_data_retained'] : ['data_retained'],
    },
    accountableOrganisation: organisation.name,
    retention: entry.retention,
    security: entry.security,
    factsChecked: entry.factsChecked,
  });
}

/** /data/catalog.jsonld: a DCAT-AP catalogue describing the register's distributions. */
export function dcatCatalog(register: Register, context: ExportContext, modified: string): string {
  const base = context.siteUrl;
  const distribution = (file: string, format: string, mediaType: string, title: string) => ({
    '@type': 'dcat:Distribution',
    '@id': `${base}/data/${file}`,
    'dct:title': title,
    'dcat:accessURL': { '@id': `${base}/${context.defaultLocale}/open-data/` },
    'dcat:downloadURL': { '@id': `${base}/data/${file}` },
    'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
    'dct:license': { '@id': context.licence.url },
  });
  return publishableJson({
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@type': 'dcat:Catalog',
    '@id': `${base}/data/catalog.jsonld`,
    'dct:title': `${context.publisher}: open data`,
    'dct:description': 'Open data published with the transparency register of sensors in public space.',
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': context.publisher },
    'dct:language': context.locales.map((code) => ({
      '@id': `http://publications.europa.eu/resource/authority/language/${iso6392(code)}`,
    })),
    'dcat:dataset': [
      {
        '@type': 'dcat:Dataset',
        '@id': `${base}/data/register`,
        'dct:title': 'Register of sensors and connected devices in public space',
        'dct:description': `Every registered sensor, camera and connected device in public space (${register.entries.length} entries): what it collects, why, the legal basis, retention, the accountable organisation and how each device is secured.`,
        'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': context.publisher },
        'dct:modified': { '@value': modified, '@type': 'xsd:date' },
        'dcat:keyword': ['sensors', 'smart city', 'privacy', 'transparency', 'DTPR', 'cybersecurity'],
        'dcat:landingPage': { '@id': `${base}/${context.defaultLocale}/register/` },
        'dct:license': { '@id': context.licence.url },
        'dcat:distribution': [
          distribution('register.json', 'JSON', 'application/json', 'Register, JSON (all fields)'),
          distribution('register.csv', 'CSV', 'text/csv', 'Register, CSV (flat columns)'),
          distribution('register.geojson', 'GEOJSON', 'application/geo+json', 'Register, GeoJSON'),
        ],
      },
    ],
  });
}

/** EU vocabularies name languages by ISO 639-2 (ENG, NLD, ARA). */
function iso6392(code: string): string {
  const known: Record<string, string> = {
    en: 'ENG',
    nl: 'NLD',
    ar: 'ARA',
    de: 'DEU',
    fr: 'FRA',
    tr: 'TUR',
    pl: 'POL',
    es: 'SPA',
  };
  return known[code] ?? code.toUpperCase();
}
