import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../../../src/lib/geo.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { nearbyFinder } from '../../../src/lib/register/nearby.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';
import type { RegisterEntry } from '../../../src/lib/register/load-register.ts';

const { register } = readRegister('content');

/** The nearest devices by comparing every pair: what the grid must agree with. */
function bruteForce(entries: readonly RegisterEntry[], entry: RegisterEntry, radius = 750, limit = 5) {
  const here = entry.location as { lat: number; lng: number };
  return entries
    .filter((o) => o.id !== entry.id && o.location.type === 'point' && o.status !== 'removed')
    .map((o) => {
      const there = o.location as { lat: number; lng: number };
      return { id: o.id, metres: Math.round(distanceMetres([here.lng, here.lat], [there.lng, there.lat])) };
    })
    .filter((o) => o.metres <= radius)
    .sort((a, b) => a.metres - b.metres || a.id.localeCompare(b.id))
    .slice(0, limit);
}

describe('nearbyFinder', () => {
  it('finds the same devices as comparing every pair, nearest first', () => {
    const find = nearbyFinder(register.entries, 750, 5);
    for (const entry of register.entries.filter((e) => e.location.type === 'point')) {
      expect(find(entry).map((n) => ({ id: n.entry.id, metres: n.metres }))).toEqual(
        bruteForce(register.entries, entry),
      );
    }
  });

  it('agrees with every pair in a dense town of 4,000 devices, and in a sparse one', () => {
    const random = seededRandom(7);
    const points = register.entries.filter((e) => e.location.type === 'point');
    const town = (count: number, spanDegrees: number): RegisterEntry[] =>
      Array.from({ length: count }, (_, index) => ({
        ...points[index % points.length]!,
        id: `device-${index}`,
        status: index % 50 === 0 ? 'removed' : 'active',
        location: { type: 'point', lat: 52.37 + random() * spanDegrees, lng: 4.89 + random() * spanDegrees },
      })) as RegisterEntry[];
    for (const entries of [town(4000, 0.02), town(300, 0.3)]) {
      const find = nearbyFinder(entries, 750, 5);
      for (const entry of entries.slice(0, 150))
        expect(find(entry).map((n) => ({ id: n.entry.id, metres: n.metres }))).toEqual(bruteForce(entries, entry));
    }
  });
  it('has no neighbours for a mobile device', () => {
    const mobile = register.entries.find((e) => e.location.type === 'area')!;
    expect(nearbyFinder(register.entries)(mobile)).toEqual([]);
  });
});
