import { distanceMetres } from '../geo.ts';
import type { RegisterEntry } from './load-register.ts';

type Near = { entry: RegisterEntry; metres: number };

/** Cells per radius: small enough that a dense register leaves few devices in each cell. */
const CELLS_PER_RADIUS = 8;

const closer = (a: Near, b: Near) => a.metres - b.metres || a.entry.id.localeCompare(b.entry.id);

/**
 * Finds other fixed devices within `radius` metres, nearest first, at most `limit`. Devices are
 * put once in a grid of cells an eighth of `radius` wide; a lookup walks rings of cells outwards
 * from the device's own and stops as soon as no farther ring can hold anything nearer than what
 * it has. So a lookup costs about the same whether the register is sparse or holds 50,000
 * devices in one town (with cells as wide as the radius, it grew with the density: a quarter of
 * a 50,000-sensor build went into it).
 */
export function nearbyFinder(
  entries: readonly RegisterEntry[],
  radius = 750,
  limit = 5,
): (entry: RegisterEntry) => Near[] {
  const points = entries.filter((entry) => entry.location.type === 'point');
  // A cell must be at least its width in metres everywhere: a degree of longitude is shortest at the largest latitude.
  const maxLatitude = Math.max(0, ...points.map((entry) => Math.abs((entry.location as { lat: number }).lat)));
  const cellMetres = radius / CELLS_PER_RADIUS;
  const cellLat = cellMetres / 111_320;
  const cellLng = cellLat / Math.max(0.01, Math.cos((maxLatitude * Math.PI) / 180));
  const grid = new Map<string, RegisterEntry[]>();
  const cellOf = (lat: number, lng: number) => [Math.floor(lat / cellLat), Math.floor(lng / cellLng)] as const;
  for (const entry of points) {
    if (entry.status === 'removed') continue;
    const location = entry.location as { lat: number; lng: number };
    const [row, col] = cellOf(location.lat, location.lng);
    const key = `${row}:${col}`;
    const cell = grid.get(key);
    if (cell) cell.push(entry);
    else grid.set(key, [entry]);
  }
  return (entry) => {
    if (entry.location.type !== 'point') return [];
    const { lat, lng } = entry.location;
    const [row, col] = cellOf(lat, lng);
    const found: Near[] = [];
    const visit = (r: number, c: number) => {
      for (const other of grid.get(`${r}:${c}`) ?? []) {
        if (other.id === entry.id) continue;
        const location = other.location as { lat: number; lng: number };
        const near = { entry: other, metres: Math.round(distanceMetres([lng, lat], [location.lng, location.lat])) };
        if (near.metres > radius) continue;
        if (found.length === limit && closer(near, found[limit - 1]!) >= 0) continue;
        const at = found.findIndex((kept) => closer(near, kept) < 0);
        found.splice(at === -1 ? found.length : at, 0, near);
        if (found.length > limit) found.pop();
      }
    };
    for (let ring = 0; ring <= CELLS_PER_RADIUS + 1; ring++) {
      // Anything in this ring or beyond is at least (ring - 1) cells away.
      const farthestKept = found.length === limit ? found[limit - 1]!.metres : radius;
      if ((ring - 1) * cellMetres > farthestKept) break;
      for (let dc = -ring; dc <= ring; dc++) {
        visit(row - ring, col + dc);
        if (ring > 0) visit(row + ring, col + dc);
      }
      for (let dr = -ring + 1; dr <= ring - 1; dr++) {
        visit(row + dr, col - ring);
        visit(row + dr, col + ring);
      }
    }
    return found;
  };
}
