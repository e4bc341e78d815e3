import { z } from 'zod';
import { closestNames } from '../../../lib/closest-names.ts';
import { restoreFormulaPrefix } from '../../../lib/register/csv-safety.ts';
import { csvColumns, type CsvColumn } from '../../../lib/register/csv-columns.ts';
import type { InputProblem } from './input-problem.ts';
import type { Table } from './table.ts';

/** One row of the input, turned into a (partial) entry. */
export interface InputRow {
  /** Where it came from, for messages: "row 4" (spreadsheet row) or "entry 3" (JSON). */
  where: string;
  id: string;
  draft: Record<string, unknown>;
  /** The mapping's defaults, as an entry: they fill a new device only, never an existing one. */
  defaults?: Record<string, unknown> | undefined;
  /** Whether the row holds every field (this site's JSON export) or only some columns (an asset list). */
  complete: boolean;
  /** Maps an entry field path to the column name the reader knows. */
  columnOf(path: string): string;
}

/** The mapping file: how the city's own spreadsheet maps to this site's columns. */
export const mappingSchema = z
  .object({
    /** Their header -> our column or columns, e.g. { "Asset ID": "id", "Type": ["kind", "technology"] }. */
    columns: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])),
    /** Their headers that hold nothing for the register (remarks, internal numbers). */
    ignore: z.array(z.string()).default([]),
    /** Per our column, their words -> our values, e.g. { "personal_data": { "Ja": "yes", "Nee": "no" } }. */
    values: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    /** Our column -> a value for new devices the file does not give, e.g. { "organisation": "city-of-lindenhaven" }. */
    defaults: z.record(z.string(), z.string()).default({}),
    /** How the file writes dates: YYYY-MM-DD, or DD-MM-YYYY (Dutch spreadsheets, also with / or .). */
    dates: z.enum(['YYYY-MM-DD', 'DD-MM-YYYY']).default('YYYY-MM-DD'),
  })
  .strict();
export type Mapping = z.output<typeof mappingSchema>;

const DERIVED_FIELDS = ['id', 'districts', 'url'];

/** " Did you mean a, b?" when some names are close, else nothing. */
const didYouMean = (name: string, candidates: readonly string[]) => {
  const names = closestNames(name, candidates);
  return names.length > 0 ? ` Did you mean ${names.join(', ')}?` : '';
};

/**
 * Reads this site's JSON export: `{ entries: [...] }`, or a proposal from /<lang>/register/propose/,
 * which has the same shape plus `proposedBy` (whom to contact about it). Only `entries` is read:
 * `proposedBy` is never imported, and `hasProposer` says it was there, so the run can say so.
 */
export function readJsonInput(text: string): { rows: InputRow[]; problems: InputProblem[]; hasProposer?: boolean } {
  let data: unknown;
  try {
    // Notepad and Excel start UTF-8 files with a byte order mark; it is not part of the data.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      rows: [],
      problems: [{ where: 'file', column: '', message: `Not valid JSON: ${(error as Error).message}.` }],
    };
  }
  const entries = data !== null && typeof data === 'object' ? (data as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries)) {
    return {
      rows: [],
      problems: [
        {
          where: 'file',
          column: 'entries',
          message: 'Expected this site\'s export: an object with an "entries" list.',
        },
      ],
    };
  }
  const rows: InputRow[] = [];
  const problems: InputProblem[] = [];
  entries.forEach((entry: Record<string, unknown>, index) => {
    const where = `entry ${index + 1}`;
    if (typeof entry?.['id'] !== 'string') {
      problems.push({ where, column: 'id', message: 'Each entry needs its id.' });
      return;
    }
    const hidden = objectKeyPath(entry);
    if (hidden) {
      problems.push({
        where,
        column: hidden.join('.'),
        message: `"${hidden.at(-1)}" is not a field: remove it. A key with this name can change what the other fields of the entry mean, and it would be imported unseen.`,
      });
      return;
    }
    const draft = Object.fromEntries(Object.entries(entry).filter(([key]) => !DERIVED_FIELDS.includes(key)));
    rows.push({ where, id: entry['id'], draft, complete: true, columnOf: (path) => path });
  });
  return (data as { proposedBy?: unknown }).proposedBy === undefined
    ? { rows, problems }
    : { rows, problems, hasProposer: true };
}

/** The mapping's own mistakes: targets, value tables and defaults that name no register column. */
function mappingProblems(mapping: Mapping, byName: Map<string, CsvColumn>): InputProblem[] {
  const names = [...byName.keys()];
  const unknown = (section: string, target: string, key?: string): InputProblem => ({
    where: 'mapping file',
    column: '',
    message: `${section}${key === undefined ? '' : ` "${key}"`}: "${target}" is not a register column.${didYouMean(target, names)} The columns are listed on the open-data page.`,
  });
  return [
    ...Object.entries(mapping.columns).flatMap(([header, targets]) =>
      [targets]
        .flat()
        .filter((target) => !byName.has(target))
        .map((target) => unknown('columns', target, header)),
    ),
    ...Object.keys(mapping.values)
      .filter((target) => !byName.has(target))
      .map((target) => unknown('values', target)),
    ...Object.keys(mapping.defaults)
      .filter((target) => !byName.has(target))
      .map((target) => unknown('defaults', target)),
  ];
}

/**
 * Reads a table (CSV or spreadsheet) in this site's columns, or in the city's own columns through
 * a mapping. Returns every problem of every row, by row and column, in one go.
 */
export function readTableInput(
  table: Table,
  locales: readonly string[],
  mapping?: Mapping,
): { rows: InputRow[]; problems: InputProblem[] } {
  const columns = csvColumns(locales);
  const byName = new Map(columns.map((column) => [column.name, column]));
  const problems: InputProblem[] = mapping ? mappingProblems(mapping, byName) : [];
  const ignored = new Set(mapping?.ignore ?? []);
  const targets = (header: string): string[] => [mapping?.columns[header] ?? header].flat();

  for (const header of table.headers) {
    if (ignored.has(header) || byName.has(header) || mapping?.columns[header] !== undefined) continue;
    problems.push({
      where: 'header',
      column: header,
      message: mapping
        ? 'This column is neither mapped nor ignored: add it to "columns" in the mapping file with the register column it holds, or to "ignore".'
        : `This is not a register column.${didYouMean(header, [...byName.keys()])} Use --mapping to map your own column names.`,
    });
  }
  for (const header of Object.keys(mapping?.columns ?? {}).filter((name) => !table.headers.includes(name))) {
    problems.push({
      where: 'mapping file',
      column: header,
      message: `The mapping names this column, but the file has none by that name.${didYouMean(header, table.headers)}`,
    });
  }
  if (!table.headers.some((header) => targets(header).includes('id') && !ignored.has(header))) {
    problems.push({
      where: 'header',
      column: 'id',
      message: 'The file needs an id column (or a column mapped to "id").',
    });
  }
  if (problems.length > 0) return { rows: [], problems };

  const columnOf = (path: string) => {
    const column =
      columns.find((c) => path === c.field || path.startsWith(`${c.field}.`)) ??
      columns.find((c) => c.field.startsWith(`${path}.`));
    const header =
      column && Object.entries(mapping?.columns ?? {}).find(([, names]) => [names].flat().includes(column.name))?.[0];
    return header ?? column?.name ?? path;
  };
  const dateColumns = new Set(columns.filter((column) => column.value === 'date').map((column) => column.name));
  const translate = (name: string, value: string) => {
    const dayFirst = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    if (mapping?.dates === 'DD-MM-YYYY' && dateColumns.has(name) && dayFirst) {
      const [, day, month, year] = dayFirst;
      return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    }
    const words = mapping?.values[name];
    if (!words || value === '') return value;
    if (words[value] !== undefined) return words[value];
    return value.includes(';')
      ? value
          .split(';')
          .map((item) => words[item.trim()] ?? item.trim())
          .join('; ')
      : value;
  };
  const fill = (draft: Record<string, unknown>, name: string, value: string, where: string, header: string) => {
    try {
      byName.get(name)!.set(draft, restoreFormulaPrefix(value));
    } catch (error) {
      problems.push({ where, column: header, message: (error as Error).message });
    }
  };

  const rows: InputRow[] = [];
  for (const { where, cells } of table.records) {
    const draft: Record<string, unknown> = {};
    let id = '';
    for (const header of table.headers) {
      if (ignored.has(header)) continue;
      for (const name of targets(header)) {
        const value = translate(name, cells[header] ?? '');
        if (name === 'id') id = value;
        else fill(draft, name, value, where, header);
      }
    }
    let defaults: Record<string, unknown> | undefined;
    if (mapping && Object.keys(mapping.defaults).length > 0) {
      defaults = {};
      for (const [name, value] of Object.entries(mapping.defaults))
        fill(defaults, name, value, where, `default ${name}`);
    }
    rows.push({ where, id, draft, defaults, complete: false, columnOf });
  }
  return { rows, problems };
}

/** Keys that name parts of JavaScript objects rather than fields: merged into an entry, they would smuggle fields in. */
const OBJECT_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path to the first such key anywhere in a value, if there is one. */
function objectKeyPath(value: unknown, path: string[] = []): string[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (OBJECT_KEYS.has(key)) return [...path, key];
    const found = objectKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}
