import { valueAt, type SchemaField } from '../content/schema-fields.ts';
import { sensorFields } from './sensor-fields.ts';
import type { RegisterEntry } from './load-register.ts';

/**
 * The flat columns of /data/register.csv (and the XLSX workbook), documented on the open-data page
 * and read back by the importer. They are made from the register entry's schema, in its order:
 * lists are joined with "; ", booleans are yes/no, texts have one column per language
 * (`name_en`, `name_nl` ...), and nested lists and tables (history, other details) are JSON. A
 * column is named after its field in snake_case (`activeFrom` → `active_from`) unless the field's
 * metadata names it (`column`); its description is the field's. A field with `notExported` has none.
 */
export interface CsvColumn {
  name: string;
  /** The entry field it holds, as a dotted path (`location.lat`), for error messages. */
  field: string;
  /** What the column holds, for the open-data page and the importer's list of targets. */
  description: string;
  /** What a cell holds: dates are read day-first when a mapping says so, numbers stay numbers in XLSX. */
  value: 'text' | 'date' | 'number' | 'list' | 'boolean' | 'json';
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

function nested(draft: Record<string, unknown>, path: readonly string[]): Record<string, unknown> {
  let node = draft;
  for (const key of path) node = (node[key] ??= {}) as Record<string, unknown>;
  return node;
}

/** Writes a value at a path of a draft entry. */
function put(draft: Record<string, unknown>, path: readonly string[], value: unknown): void {
  nested(draft, path.slice(0, -1))[path.at(-1)!] = value;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The column name of a field: its metadata's, or its path in snake_case (`security_support_until`). */
function columnName(field: SchemaField): string {
  return field.meta.column ?? field.path.map(snakeCase).join('_');
}

const description = (field: SchemaField) => field.meta.description ?? '';

function perLanguage(field: SchemaField, locales: readonly string[]): CsvColumn[] {
  return locales.map((locale) => ({
    name: `${columnName(field)}_${locale}`,
    field: [...field.path, locale].join('.'),
    description: `${description(field)} (${locale})`,
    value: 'text',
    get: (entry) => String((valueAt(entry, field.path) as Record<string, string> | undefined)?.[locale] ?? ''),
    set: (draft, value) => {
      if (value !== '') nested(draft, field.path)[locale] = value;
    },
  }));
}

function single(field: SchemaField): CsvColumn {
  const path = field.path;
  const base = { name: columnName(field), field: path.join('.'), description: description(field) };
  switch (field.value) {
    case 'list':
      return {
        ...base,
        value: 'list',
        get: (entry) => ((valueAt(entry, path) as string[] | undefined) ?? []).join(LIST_SEPARATOR),
        set: (draft, value) => {
          if (value !== '') put(draft, path, list(value));
        },
      };
    case 'boolean':
      return {
        ...base,
        value: 'boolean',
        get: (entry) => {
          const value = valueAt(entry, path);
          return value === undefined ? '' : value ? 'yes' : 'no';
        },
        set: (draft, value) => {
          // Anything but yes or no is kept as written, so that the check names it.
          if (value !== '') put(draft, path, value === 'yes' ? true : value === 'no' ? false : value);
        },
      };
    case 'number':
      return {
        ...base,
        value: 'number',
        get: (entry) => String(valueAt(entry, path) ?? ''),
        set: (draft, value) => {
          if (value === '') return;
          const number = Number(value.replace(',', '.'));
          put(draft, path, Number.isFinite(number) ? number : value);
        },
      };
    case 'structured':
      return {
        ...base,
        value: 'json',
        get: (entry) => {
          const value = valueAt(entry, path);
          return value === undefined ? '' : JSON.stringify(value);
        },
        set: (draft, value) => {
          if (value === '') return;
          try {
            put(draft, path, JSON.parse(value));
          } catch {
            throw new Error(`not valid JSON (${path.join('.')} is written as JSON in this column)`);
          }
        },
      };
    default:
      return {
        ...base,
        value: field.value === 'date' ? 'date' : 'text',
        get: (entry) => String(valueAt(entry, path) ?? ''),
        set: (draft, value) => {
          if (value !== '') put(draft, path, value);
        },
      };
  }
}

/** The columns of every field of a schema, in its order. */
function columnsOf(fields: readonly SchemaField[], locales: readonly string[]): CsvColumn[] {
  const skipped = fields.filter((field) => field.meta.notExported).map((field) => `${field.path.join('.')}.`);
  return fields
    .filter((field) => !skipped.some((prefix) => `${field.path.join('.')}.`.startsWith(prefix)))
    .flatMap((field): CsvColumn[] => {
      if (field.value === 'per-language') return perLanguage(field, locales);
      // A group's and a choice's own fields have the columns (a choice's `type` says which form).
      if (field.value === 'group' || field.value === 'choice') return [];
      return [derivedColumns[field.path.join('.')] ?? single(field)];
    });
}

/**
 * Columns whose value is not the field as written: the districts of a point are not in its file
 * but found from the map (RegisterEntry.districts), and the export lists them for every device.
 */
const derivedColumns: Record<string, CsvColumn> = {
  'location.districts': {
    name: 'districts',
    field: 'location.districts',
    description: 'District ids: where a point lies, or the area a mobile device covers.',
    value: 'list',
    get: (entry) => entry.districts.join(LIST_SEPARATOR),
    set: (draft, value) => {
      const location = nested(draft, ['location']);
      if (value !== '' && location['type'] === 'area') location['districts'] = list(value);
    },
  },
};

/** Every column, in file order: the id (the file name, not a field), then the entry's fields. */
export function csvColumns(locales: readonly string[]): CsvColumn[] {
  const id: CsvColumn = {
    name: 'id',
    field: 'id',
    description: 'Stable id; also the file name and the address of the sensor page.',
    value: 'text',
    get: (entry) => entry.id,
    set: () => {},
  };
  return [id, ...columnsOf(sensorFields, locales)];
}
