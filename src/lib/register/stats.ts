import { retentionBucket, retentionBuckets } from './retention.ts';
import type { RegisterEntry } from './load-register.ts';

/** A count per category, in display order. */
export interface Tally {
  key: string;
  count: number;
}

/** Counts entries per value of a (possibly multi-valued) field, largest first; ties keep `order`. */
export function tally(
  entries: readonly RegisterEntry[],
  values: (entry: RegisterEntry) => readonly string[],
  order?: readonly string[],
): Tally[] {
  const counts = new Map<string, number>((order ?? []).map((key) => [key, 0]));
  for (const entry of entries) for (const value of values(entry)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The devices the statistics describe: what is out there now or soon (not removed or switched off). */
export function currentEntries(entries: readonly RegisterEntry[]): RegisterEntry[] {
  return entries.filter((entry) => entry.status === 'active' || entry.status === 'planned');
}

/** Retention buckets in their natural order (shortest first), including empty ones. */
export function retentionTally(entries: readonly RegisterEntry[]): Tally[] {
  return retentionBuckets.map((bucket) => ({
    key: bucket,
    count: entries.filter((entry) => retentionBucket(entry.retention) === bucket).length,
  }));
}
