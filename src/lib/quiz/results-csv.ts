import { publishableText } from '../published-text.ts';
import { neutralizeFormula } from '../register/csv-safety.ts';

/**
 * One CSV cell (RFC 4180 quoting), safe to open in a spreadsheet: nicknames are typed by students,
 * and a made-up result code can carry control characters, which would cut the row short.
 */
function cell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(publishableText(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface ResultsCsvHeadings {
  student: string;
  score: string;
  total: string;
}

/**
 * The class results as CSV: one row per student with their score, then one column per question
 * (1 = right, 0 = not), in class order, headed by the question id so rows can be compared between
 * classes and languages.
 */
export function resultsCsv(
  headings: ResultsCsvHeadings,
  questionIds: readonly string[],
  rows: readonly { nickname: string; right: readonly boolean[] }[],
): string {
  const lines = [[headings.student, headings.score, headings.total, ...questionIds].map(cell).join(',')];
  for (const row of rows) {
    const score = row.right.filter(Boolean).length;
    lines.push(
      [row.nickname, score, row.right.length, ...row.right.map((right) => (right ? 1 : 0))].map(cell).join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
