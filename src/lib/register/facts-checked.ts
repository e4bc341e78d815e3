import type { Sensor } from '../../schemas/sensor.ts';

/** The day `months` months before `today` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Whether a device's facts are due for a new check with its owner: it is in use or planned (a
 * removed or switched-off device's facts no longer change) and they were last confirmed more
 * than `maxAgeMonths` months before `today`.
 */
export function factsOverdue(
  sensor: Pick<Sensor, 'status' | 'factsChecked'>,
  today: string,
  maxAgeMonths: number,
): boolean {
  if (sensor.status !== 'active' && sensor.status !== 'planned') return false;
  return sensor.factsChecked.date < monthsBefore(today, maxAgeMonths);
}
