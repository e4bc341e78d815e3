import { seededRandom } from '../../lib/seeded-random.ts';
import type { RegisterEntry } from '../../lib/register/load-register.ts';

/**
 * A synthetic register of `count` entries for benchmarks: copies of the demo entries (so kinds,
 * districts, organisations and languages keep the demo's distribution), each with a new id and
 * its point moved a little within its district. Files are written without the derived fields.
 */
export function syntheticEntries(
  demo: readonly RegisterEntry[],
  count: number,
  seed: number,
  insideDistrict: (lng: number, lat: number, district: string) => boolean,
): { id: string; data: Record<string, unknown> }[] {
  const random = seededRandom(seed);
  const result: { id: string; data: Record<string, unknown> }[] = [];
  for (let index = 0; index < count; index++) {
    const source = demo[Math.floor(random() * demo.length)]!;
    const { id: _id, districts, ...data } = structuredClone(source);
    const number = String(index + 1).padStart(5, '0');
    const id = `${source.kind}-${districts[0] ?? 'area'}-s${number}`;
    if (data.location.type === 'point') {
      for (let attempt = 0; attempt < 10; attempt++) {
        const lat = Math.round((data.location.lat + (random() - 0.5) * 0.01) * 1e5) / 1e5;
        const lng = Math.round((data.location.lng + (random() - 0.5) * 0.015) * 1e5) / 1e5;
        if (insideDistrict(lng, lat, districts[0]!)) {
          data.location = { ...data.location, lat, lng };
          break;
        }
      }
    }
    data.name = Object.fromEntries(
      Object.entries(data.name).map(([locale, text]) => [locale, `${text} #${index + 1}`]),
    );
    result.push({ id, data });
  }
  return result;
}
