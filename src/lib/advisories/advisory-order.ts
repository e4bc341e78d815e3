import type { AdvisoryData } from '../../schemas/advisory.ts';

/** An advisory as the content collection gives it: id `<lang>/<slug>` and its front matter. */
export interface AdvisoryEntry {
  id: string;
  data: AdvisoryData;
}

/** The day an advisory last changed: its latest update, or its publication. */
export function lastChanged(data: AdvisoryData): Date {
  return data.updates.at(-1)?.date ?? data.published;
}

/** Open advisories first (residents may still need to act), then newest first by publication. */
export function sortAdvisories<E>(items: readonly E[], dataOf: (item: E) => AdvisoryData): E[] {
  const resolved = (item: E) => Number(dataOf(item).status === 'resolved');
  return [...items].sort(
    (a, b) => resolved(a) - resolved(b) || dataOf(b).published.getTime() - dataOf(a).published.getTime(),
  );
}

/** What the home page puts first: advisories that are open and of high severity. */
export function urgentAdvisories<E>(items: readonly E[], dataOf: (item: E) => AdvisoryData): E[] {
  return sortAdvisories(items, dataOf).filter((item) => {
    const data = dataOf(item);
    return data.status === 'open' && data.severity === 'high';
  });
}
