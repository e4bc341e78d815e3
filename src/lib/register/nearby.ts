import { distanceMetres } from '../geo.ts';
import type { RegisterEntry } from './load-register.ts';

/** Other fixed devices within `radius` metres, nearest first, at most `limit`. */
export function nearbyEntries(
  entry: RegisterEntry,
  entries: readonly RegisterEntry[],
  radius = 750,
  limit = 5,
): { entry: RegisterEntry; metres: number }[] {
  if (entry.location.type !== 'point') return [];
  const here: [number, number] = [entry.location.lng, entry.location.lat];
  return entries
    .filter((other) => other.id !== entry.id && other.location.type === 'point' && other.status !== 'removed')
    .map((other) => {
      const location = other.location as { lng: number; lat: number };
      return { entry: other, metres: Math.round(distanceMetres(here, [location.lng, location.lat])) };
    })
    .filter(({ metres }) => metres <= radius)
    .sort((a, b) => a.metres - b.metres)
    .slice(0, limit);
}
