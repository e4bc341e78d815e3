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
export function sortAdvisories<E extends { data: AdvisoryData }>(entries: readonly E[]): E[] {
  return [...entries].sort(
    (a, b) =>
      Number(a.data.status === 'resolved') - Number(b.data.status === 'resolved') ||
      b.data.published.getTime() - a.data.published.getTime(),
  );
}

/** What the home page puts first: advisories that are open and of high severity. */
export function urgentAdvisories<E extends { data: AdvisoryData }>(entries: readonly E[]): E[] {
  return sortAdvisories(entries.filter((entry) => entry.data.status === 'open' && entry.data.severity === 'high'));
}
