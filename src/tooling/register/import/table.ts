import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { InputProblem } from './input-problem.ts';

/** A spreadsheet read as rows of cells under their headers, whatever the file format. */
export interface Table {
  headers: string[];
  records: { where: string; cells: Record<string, string> }[];
  /** How the file was read, for the summary: "CSV, semicolon-separated, Windows-1252". */
  description: string;
}

const DELIMITERS = [
  { char: ',', name: 'comma' },
  { char: ';', name: 'semicolon' },
  { char: '\t', name: 'tab' },
] as const;

/**
 * The delimiter of a CSV: the one of comma, semicolon and tab that occurs most in the header line
 * outside quotes. Excel writes semicolons wherever the comma is the decimal separator (Dutch,
 * German, French ... settings), tabs as "Unicode text".
 */
export function sniffDelimiter(text: string): (typeof DELIMITERS)[number] {
  let inQuotes = false;
  const counts = new Map<string, number>();
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === '\n' || char === '\r')) break;
    else if (!inQuotes) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return DELIMITERS.reduce((best, candidate) =>
    (counts.get(candidate.char) ?? 0) > (counts.get(best.char) ?? 0) ? candidate : best,
  );
}

/** A CSV text as a table; `encoding` only goes into the description. */
export function csvTable(text: string, encoding: string): { table?: Table; problems: InputProblem[] } {
  const delimiter = sniffDelimiter(text);
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      columns: false,
      delimiter: delimiter.char,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const { lines } = error as { lines?: number };
    return {
      problems: [
        {
          where: lines ? `row ${lines}` : 'file',
          column: '',
          message: `The CSV cannot be read: ${(error as Error).message.replace(/^Invalid [^:]+: /, '')}`,
        },
      ],
    };
  }
  const [header, ...body] = rows;
  const headers = header?.record ?? [];
  const problems: InputProblem[] = [];
  const records = body.map(({ record, info }) => {
    const where = `row ${info.lines}`;
    if (record.length > headers.length && record.slice(headers.length).some((cell) => cell !== ''))
      problems.push({
        where,
        column: '',
        message: `This row has ${record.length} cells but the header has ${headers.length} columns: check for a ${delimiter.name} inside a cell that is not between double quotes.`,
      });
    return { where, cells: Object.fromEntries(headers.map((name, index) => [name, record[index] ?? ''])) };
  });
  return { table: { headers, records, description: `CSV, ${delimiter.name}-separated, ${encoding}` }, problems };
}

/** The first sheet of an .xlsx workbook, or the sheet named `sheet`, as a table. */
export async function xlsxTable(path: string, sheet?: string): Promise<{ table?: Table; problems: InputProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    return {
      problems: [
        {
          where: 'file',
          column: '',
          message: `The workbook cannot be read: ${(error as Error).message}. Is it an .xlsx file?`,
        },
      ],
    };
  }
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    const names = workbook.worksheets.map((candidate) => `"${candidate.name}"`).join(', ');
    return {
      problems: [
        {
          where: 'file',
          column: '',
          message:
            sheet === undefined
              ? 'The workbook has no sheets.'
              : `There is no sheet "${sheet}"; the sheets are ${names}.`,
        },
      ],
    };
  }
  const headers: string[] = [];
  worksheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => (headers[column - 1] = cellText(cell.value)));
  const records: Table['records'] = [];
  worksheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((name, index) => (cells[name] = cellText(row.getCell(index + 1).value)));
    if (Object.values(cells).some((value) => value !== '')) records.push({ where: `row ${number}`, cells });
  });
  return { table: { headers, records, description: `Excel workbook, sheet "${worksheet.name}"` }, problems: [] };
}

/** A cell as the text a person sees: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((run) => run.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}
