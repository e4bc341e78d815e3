import { distanceMetres } from '../geo.ts';
import type { RegisterEntry } from './load-register.ts';

type Near = { entry: RegisterEntry; metres: number };

/**
 * Finds other fixed devices within `radius` metres, nearest first, at most `limit`. Devices are
 * put in a grid of cells about `radius` wide once, so each lookup checks 9 cells instead of every
 * device (a page per device would otherwise cost devices² distance computations).
 */
export function nearbyFinder(
  entries: readonly RegisterEntry[],
  radius = 750,
  limit = 5,
): (entry: RegisterEntry) => Near[] {
  const points = entries.filter((entry) => entry.location.type === 'point');
  // A cell must be at least `radius` wide everywhere: a degree of longitude is shortest at the largest latitude.
  const maxLatitude = Math.max(0, ...points.map((entry) => Math.abs((entry.location as { lat: number }).lat)));
  const cellLat = radius / 111_320;
  const cellLng = cellLat / Math.max(0.01, Math.cos((maxLatitude * Math.PI) / 180));
  const grid = new Map<string, RegisterEntry[]>();
  const cellOf = (lat: number, lng: number) => [Math.floor(lat / cellLat), Math.floor(lng / cellLng)] as const;
  for (const entry of entries) {
    if (entry.location.type !== 'point' || entry.status === 'removed') continue;
    const [row, col] = cellOf(entry.location.lat, entry.location.lng);
    const key = `${row}:${col}`;
    grid.set(key, [...(grid.get(key) ?? []), entry]);
  }
  return (entry) => {
    if (entry.location.type !== 'point') return [];
    const { lat, lng } = entry.location;
    const [row, col] = cellOf(lat, lng);
    const candidates: Near[] = [];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        for (const other of grid.get(`${row + dr}:${col + dc}`) ?? []) {
          if (other.id === entry.id) continue;
          const location = other.location as { lat: number; lng: number };
          const metres = Math.round(distanceMetres([lng, lat], [location.lng, location.lat]));
          if (metres <= radius) candidates.push({ entry: other, metres });
        }
      }
    }
    return candidates.sort((a, b) => a.metres - b.metres || a.entry.id.localeCompare(b.entry.id)).slice(0, limit);
  };
}
