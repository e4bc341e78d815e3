import type { CompactItem } from '../../lib/register/compact-query.ts';
import type { SelectionCsvHeadings } from '../../lib/register/selection-csv.ts';

/**
 * Saves the given devices as a CSV file, made here in the browser: nothing is sent to a server.
 * The CSV code (and its library) loads on the first download only.
 */
export async function downloadSelection(
  items: readonly CompactItem[],
  headings: SelectionCsvHeadings,
  locale: string,
): Promise<void> {
  const { selectionCsv } = await import('../../lib/register/selection-csv.ts');
  const csv = selectionCsv(items, headings, (id) => new URL(`/${locale}/register/${id}/`, location.origin).href);
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `register-selection-${items.length}.csv`;
  link.click();
  // Some browsers read the object URL after this task: it is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
