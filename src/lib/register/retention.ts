import { longDuration } from '../intl.ts';

/** An ISO 8601 duration split into its parts. */
export interface DurationParts {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Parses `P30D`, `PT72H`, `P1Y6M`; `none` (no data kept) gives null. Throws on anything else. */
export function parseRetention(value: string): DurationParts | null {
  if (value === 'none') return null;
  const match = PATTERN.exec(value);
  if (!match || value === 'P' || value.endsWith('T')) throw new Error(`"${value}" is not an ISO 8601 duration.`);
  const names = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
  const parts: DurationParts = {};
  names.forEach((name, index) => {
    const number = match[index + 1];
    if (number !== undefined) parts[name] = Number(number);
  });
  return parts;
}

/** Approximate length in hours, for sorting and charts (a month counts 30 days, a year 365). */
export function retentionHours(value: string): number {
  const parts = parseRetention(value);
  if (!parts) return 0;
  const { years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0, seconds = 0 } = parts;
  return (years * 365 + months * 30 + weeks * 7 + days) * 24 + hours + minutes / 60 + seconds / 3600;
}

/** Buckets for the statistics page, shortest first. */
export const retentionBuckets = ['none', 'day', 'week', 'month', 'year', 'longer'] as const;
export type RetentionBucket = (typeof retentionBuckets)[number];

/** Which bucket a retention falls in: none, up to a day, a week, a month, a year, or longer. */
export function retentionBucket(value: string): RetentionBucket {
  const hours = retentionHours(value);
  if (value === 'none' || hours === 0) return 'none';
  if (hours <= 24) return 'day';
  if (hours <= 24 * 7) return 'week';
  if (hours <= 24 * 31) return 'month';
  if (hours <= 24 * 366) return 'year';
  return 'longer';
}

const formatted = new Map<string, string>();

/**
 * A duration in words in the reader's language: `P30D` -> "30 days" / "30 dagen". Remembered,
 * because formatting is slow (about 0.1 ms) and a register uses only a handful of durations.
 */
export function formatDuration(parts: DurationParts, locale: string): string {
  const key = `${locale} ${JSON.stringify(parts)}`;
  let text = formatted.get(key);
  if (text === undefined) formatted.set(key, (text = longDuration(locale).format(parts)));
  return text;
}
