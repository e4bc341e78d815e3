// The browser build: the Node one needs Buffer. It loads only when a reader downloads.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { neutralizeFormula } from './csv-safety.ts';
import type { CompactItem, ItemLabels } from './compact-query.ts';

/** Column headings of the download, in the reader's language. */
export interface SelectionCsvHeadings extends Record<keyof ItemLabels, string> {
  name: string;
  id: string;
  page: string;
}

/**
 * "Download these devices": the rows the reader is looking at, as CSV made in the browser from
 * the data it already has (nothing is sent anywhere). The table's columns in the reader's words,
 * then the id and the device's page, so a journalist can go back to the source. A byte-order
 * mark makes spreadsheet programs read it as UTF-8 (Arabic names); no cell runs as a formula.
 */
export function selectionCsv(
  items: readonly CompactItem[],
  headings: SelectionCsvHeadings,
  pageUrl: (id: string) => string,
): string {
  const columns = ['name', 'kind', 'district', 'personalData', 'retention', 'organisation'] as const;
  const rows = items.map((item) => [
    item.name,
    ...columns.slice(1).map((column) => item.labels[column as keyof ItemLabels]),
    item.id,
    pageUrl(item.id),
  ]);
  const header = [...columns.map((column) => headings[column]), headings.id, headings.page];
  return `\uFEFF${stringify([header, ...rows.map((row) => row.map(neutralizeFormula))], { record_delimiter: '\r\n' })}`;
}
