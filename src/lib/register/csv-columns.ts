import type { SensorInput } from '../../schemas/sensor.ts';
import type { RegisterEntry } from './load-register.ts';

/**
 * The flat columns of /data/register.csv, documented on the open-data page and read back by the
 * importer. Lists are joined with "; ", booleans are yes/no, texts have one column per language
 * (`name_en`, `name_nl` ...), and the few nested fields (history, other details) are JSON.
 */
export interface CsvColumn {
  name: string;
  /** The entry field it holds, as a dotted path (`location.lat`), for error messages. */
  field: string;
  /** What the column holds, for the open-data page. */
  description: string;
  get(entry: RegisterEntry): string;
  /** Writes the cell into a draft entry; empty cells leave the field out. */
  set(draft: Record<string, unknown>, value: string): void;
}

const LIST_SEPARATOR = '; ';
const list = (value: string) =>
  value
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);

function nested(draft: Record<string, unknown>, path: string[]): Record<string, unknown> {
  let node = draft;
  for (const key of path) node = (node[key] ??= {}) as Record<string, unknown>;
  return node;
}

function plain(name: string, description: string, field: keyof SensorInput): CsvColumn {
  return {
    name,
    field,
    description,
    get: (entry) => String(entry[field as keyof RegisterEntry] ?? ''),
    set: (draft, value) => {
      if (value !== '') draft[field] = value;
    },
  };
}

function listColumn(name: string, description: string, field: keyof SensorInput): CsvColumn {
  return {
    name,
    field,
    description,
    get: (entry) => (entry[field as keyof RegisterEntry] as string[]).join(LIST_SEPARATOR),
    set: (draft, value) => {
      if (value !== '') draft[field] = list(value);
    },
  };
}

function localized(base: string, description: string, path: string[], locales: readonly string[]): CsvColumn[] {
  return locales.map((locale) => ({
    name: `${base}_${locale}`,
    field: [...path, locale].join('.'),
    description: `${description} (${locale})`,
    get: (entry) => {
      let node: unknown = entry;
      for (const key of path) node = (node as Record<string, unknown> | undefined)?.[key];
      return (node as Record<string, string> | undefined)?.[locale] ?? '';
    },
    set: (draft, value) => {
      if (value !== '') nested(draft, path)[locale] = value;
    },
  }));
}

/** A column for one field inside a group (`legalBasis.url`, `dpia.status`, `location.type`). */
function inGroup(
  name: string,
  description: string,
  group: 'legalBasis' | 'dpia' | 'location' | 'security',
  key: string,
): CsvColumn {
  return {
    name,
    field: `${group}.${key}`,
    description,
    get: (entry) => String((entry[group] as Record<string, unknown> | undefined)?.[key] ?? ''),
    set: (draft, value) => {
      if (value !== '') nested(draft, [group])[key] = value;
    },
  };
}

function json(name: string, description: string, field: keyof SensorInput): CsvColumn {
  return {
    name,
    field,
    description,
    get: (entry) => {
      const value = entry[field as keyof RegisterEntry];
      return value === undefined ? '' : JSON.stringify(value);
    },
    set: (draft, value) => {
      if (value === '') return;
      try {
        draft[field] = JSON.parse(value);
      } catch {
        throw new Error(`not valid JSON (${field} is written as JSON in this column)`);
      }
    },
  };
}

/** The security facts: one column each, the list of claims joined like other lists. */
function securityColumns(locales: readonly string[]): CsvColumn[] {
  const fact = (name: string, description: string, key: string) =>
    inGroup(`security_${name}`, description, 'security', key);
  return [
    fact('encrypted_in_transit', 'Data encrypted when sent: yes, partly or no', 'encryptedInTransit'),
    fact('encrypted_at_rest', 'Data encrypted when stored: yes, partly or no', 'encryptedAtRest'),
    fact('updates', 'How security updates arrive: automatic, remote, on-site or none', 'updates'),
    {
      name: 'security_signed_updates',
      field: 'security.signedUpdates',
      description: 'yes when only updates signed by the vendor are installed',
      get: (e) => (e.security.signedUpdates ? 'yes' : 'no'),
      set: (draft, value) => {
        if (value === '') return;
        nested(draft, ['security'])['signedUpdates'] = value === 'yes' ? true : value === 'no' ? false : value;
      },
    },
    fact('support_until', 'Last day of vendor security updates (YYYY-MM-DD) or not-stated', 'supportUntil'),
    fact('network', 'Network: separated, shared or external', 'network'),
    fact('disclosure_policy', "Vendor's vulnerability disclosure policy (https) or none", 'disclosurePolicy'),
    {
      name: 'security_conformity',
      field: 'security.conformity',
      description: 'Standards claimed: etsi-en-303-645, en-18031, iec-62443-4-2, cra-ce; empty when none',
      get: (e) => e.security.conformity.join(LIST_SEPARATOR),
      set: (draft, value) => {
        if (value !== '') nested(draft, ['security'])['conformity'] = list(value);
      },
    },
    fact('last_review', 'Last independent security review (YYYY-MM-DD) or none', 'lastIndependentReview'),
    ...localized('security_note', 'About how it is secured', ['security', 'note'], locales),
  ];
}

/** Every column, in file order. */
export function csvColumns(locales: readonly string[]): CsvColumn[] {
  return [
    {
      name: 'id',
      field: 'id',
      description: 'Stable id; also the file name and the address of the sensor page.',
      get: (e) => e.id,
      set: () => {},
    },
    ...localized('name', 'Name', ['name'], locales),
    ...localized('summary', 'What it does and does not do', ['summary'], locales),
    plain('status', 'planned, active, inactive or removed', 'status'),
    plain('active_from', 'First day of operation (YYYY-MM-DD)', 'activeFrom'),
    plain('active_until', 'Last day of operation, when known', 'activeUntil'),
    plain('kind', 'Device kind (taxonomy id)', 'kind'),
    listColumn('technology', 'Technologies (taxonomy ids)', 'technology'),
    ...localized('measures', 'What it measures', ['measures'], locales),
    listColumn('data_types', 'Kinds of data (taxonomy ids)', 'dataTypes'),
    {
      name: 'personal_data',
      field: 'personalData',
      description: 'yes when it processes personal data',
      get: (e) => (e.personalData ? 'yes' : 'no'),
      set: (draft, value) => {
        if (value === 'yes' || value === 'no') draft['personalData'] = value === 'yes';
        else if (value !== '') draft['personalData'] = value;
      },
    },
    listColumn('purposes', 'Purposes (taxonomy ids)', 'purposes'),
    inGroup('legal_basis', 'GDPR Art. 6 basis (taxonomy id); empty when no personal data', 'legalBasis', 'basis'),
    ...localized('legal_basis_source', 'The law or decision behind the basis', ['legalBasis', 'source'], locales),
    inGroup('legal_basis_url', 'Link to that law or decision', 'legalBasis', 'url'),
    plain('privacy_statement', 'Link to the privacy statement', 'privacyStatement'),
    inGroup('dpia_status', 'Impact assessment: done, planned or not-required', 'dpia', 'status'),
    inGroup('dpia_url', 'Link to the assessment', 'dpia', 'url'),
    listColumn('processing', 'How data is processed (taxonomy ids)', 'processing'),
    plain('retention', 'How long data is kept: ISO 8601 duration (P30D) or none', 'retention'),
    ...localized('retention_note', 'About retention', ['retentionNote'], locales),
    listColumn('storage', 'Where data is stored (taxonomy ids)', 'storage'),
    listColumn('access', 'Who can access it (taxonomy ids)', 'access'),
    ...localized('sharing', 'With whom data is shared', ['sharing'], locales),
    plain('organisation', 'Accountable organisation (id)', 'organisation'),
    plain('vendor', 'Maker or operator', 'vendor'),
    plain('contact', 'Whom to ask (mailto: or https:)', 'contact'),
    inGroup('location_type', 'point (fixed) or area (mobile)', 'location', 'type'),
    ...(['lat', 'lng'] as const).map((axis): CsvColumn => ({
      name: axis,
      field: `location.${axis}`,
      description: axis === 'lat' ? 'Latitude (WGS 84), points only' : 'Longitude (WGS 84), points only',
      get: (e) => (e.location.type === 'point' ? String(e.location[axis]) : ''),
      set: (draft, value) => {
        if (value === '') return;
        const number = Number(value.replace(',', '.'));
        nested(draft, ['location'])[axis] = Number.isFinite(number) ? number : value;
      },
    })),
    {
      name: 'districts',
      field: 'location.districts',
      description: 'District ids: where a point lies, or the area a mobile device covers',
      get: (e) => e.districts.join(LIST_SEPARATOR),
      set: (draft, value) => {
        const location = nested(draft, ['location']);
        if (value !== '' && location['type'] === 'area') location['districts'] = list(value);
      },
    },
    ...localized('location_description', 'Where to find it', ['location', 'description'], locales),
    plain('mounted_on', 'What it is mounted on (taxonomy id)', 'mountedOn'),
    plain('signage', 'Sign on site: yes, no or planned', 'signage'),
    ...securityColumns(locales),
    json('other_details', 'Explanations of "other" terms, JSON', 'otherDetails'),
    json('history', 'Public history, JSON list of {date, type, note}', 'history'),
    plain('created', 'First published (YYYY-MM-DD)', 'created'),
    plain('updated', 'Last changed (YYYY-MM-DD)', 'updated'),
    {
      name: 'facts_checked',
      field: 'factsChecked.date',
      description: 'Day the facts were last confirmed with the owner (YYYY-MM-DD)',
      get: (e) => e.factsChecked.date,
      set: (draft, value) => {
        if (value !== '') nested(draft, ['factsChecked'])['date'] = value;
      },
    },
    ...localized('facts_checked_team', 'The team that confirmed them', ['factsChecked', 'team'], locales),
  ];
}
