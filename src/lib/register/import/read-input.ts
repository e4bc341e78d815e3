import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { restoreFormulaPrefix } from '../csv-safety.ts';
import { csvColumns } from '../csv-columns.ts';

/** One row of the input, turned into a (partial) entry. */
export interface InputRow {
  /** Where it came from, for messages: "row 4" (CSV line) or "entry 3" (JSON). */
  where: string;
  id: string;
  draft: Record<string, unknown>;
  /** Whether the row holds every field (this site's JSON export) or only some columns (an asset list). */
  complete: boolean;
  /** Maps an entry field path to the column name the reader knows. */
  columnOf(path: string): string;
}

/** A problem with the input itself, before any entry is checked. */
export interface InputProblem {
  where: string;
  column: string;
  message: string;
}

/** `columns.json`: how the city's own column names map to this site's CSV columns. */
export const mappingSchema = z.object({
  /** Their header -> our column, e.g. { "Asset ID": "id", "Omschrijving": "name_nl" }. */
  columns: z.record(z.string(), z.string()),
  /** Values for columns the asset list does not have, e.g. { "organisation": "city-of-lindenhaven" }. */
  defaults: z.record(z.string(), z.string()).optional(),
});
export type Mapping = z.output<typeof mappingSchema>;

const DERIVED_FIELDS = ['id', 'districts', 'url'];

/** Reads this site's JSON export: `{ entries: [...] }`. */
export function readJsonInput(text: string): { rows: InputRow[]; problems: InputProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      rows: [],
      problems: [{ where: 'file', column: '', message: `Not valid JSON: ${(error as Error).message}.` }],
    };
  }
  const entries = (data as { entries?: unknown }).entries;
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
    const draft = Object.fromEntries(Object.entries(entry).filter(([key]) => !DERIVED_FIELDS.includes(key)));
    rows.push({ where, id: entry['id'], draft, complete: true, columnOf: (path) => path });
  });
  return { rows, problems };
}

/** Reads a CSV in this site's columns, or in the city's own columns through a mapping. */
export function readCsvInput(
  text: string,
  locales: readonly string[],
  mapping?: Mapping,
): { rows: InputRow[]; problems: InputProblem[] } {
  const columns = csvColumns(locales);
  const byName = new Map(columns.map((column) => [column.name, column]));
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true, info: true });
  } catch (error) {
    const { lines } = error as { lines?: number };
    return {
      rows: [],
      problems: [
        {
          where: lines ? `row ${lines}` : 'file',
          column: '',
          message: `The CSV cannot be read: ${(error as Error).message.replace(/^Invalid [^:]+: /, '')}`,
        },
      ],
    };
  }
  const rename = (header: string) => mapping?.columns[header] ?? header;
  const headers = Object.keys(records[0]?.record ?? {});
  const problems: InputProblem[] = headers
    .filter((header) => !byName.has(rename(header)))
    .map((header) => ({
      where: 'header',
      column: header,
      message: mapping
        ? `This column is not mapped to a register column: add it to "columns" in the mapping file, mapping it to one of the columns listed on the open-data page.`
        : 'This is not a register column (see the open-data page for the list); use --mapping columns.json to map your own column names.',
    }));
  if (!headers.map(rename).includes('id')) {
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
    const header = column && Object.entries(mapping?.columns ?? {}).find(([, target]) => target === column.name)?.[0];
    return header ?? column?.name ?? path;
  };
  const rows: InputRow[] = [];
  for (const { record, info } of records) {
    const where = `row ${info.lines}`;
    const values: Record<string, string> = { ...mapping?.defaults };
    for (const [header, value] of Object.entries(record)) if (value !== '') values[rename(header)] = value;
    const id = values['id'] ?? '';
    const draft: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values)) {
      try {
        byName.get(name)?.set(draft, restoreFormulaPrefix(value));
      } catch (error) {
        problems.push({ where, column: columnOf(byName.get(name)!.field), message: (error as Error).message });
      }
    }
    rows.push({ where, id, draft, complete: false, columnOf });
  }
  return { rows, problems };
}
