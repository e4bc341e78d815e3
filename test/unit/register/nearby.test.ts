import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../../../src/lib/geo.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { nearbyFinder } from '../../../src/lib/register/nearby.ts';

const { register } = readRegister('content');

describe('nearbyFinder', () => {
  it('finds the same devices as comparing every pair, nearest first', () => {
    const find = nearbyFinder(register.entries, 750, 5);
    for (const entry of register.entries.filter((e) => e.location.type === 'point')) {
      const here = entry.location as { lat: number; lng: number };
      const brute = register.entries
        .filter((o) => o.id !== entry.id && o.location.type === 'point' && o.status !== 'removed')
        .map((o) => {
          const there = o.location as { lat: number; lng: number };
          return { id: o.id, metres: Math.round(distanceMetres([here.lng, here.lat], [there.lng, there.lat])) };
        })
        .filter((o) => o.metres <= 750)
        .sort((a, b) => a.metres - b.metres || a.id.localeCompare(b.id))
        .slice(0, 5);
      expect(find(entry).map((n) => ({ id: n.entry.id, metres: n.metres }))).toEqual(brute);
    }
  });
  it('has no neighbours for a mobile device', () => {
    const mobile = register.entries.find((e) => e.location.type === 'area')!;
    expect(nearbyFinder(register.entries)(mobile)).toEqual([]);
  });
});
