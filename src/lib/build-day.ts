/**
 * The day the site is built, YYYY-MM-DD: what "support ends within a year" is measured from.
 * SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) pins it for repeatable builds.
 */
export function buildDay(env: Record<string, string | undefined>): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
