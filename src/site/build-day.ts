import { buildDay } from '../lib/build-day.ts';

/** The day this build runs, YYYY-MM-DD, pinned by SOURCE_DATE_EPOCH when it is set. */
export function siteBuildDay(): string {
  return buildDay(process.env);
}
