/**
 * Writes a synthetic register of N devices into a new content directory (never into content/),
 * with the demo's vocabularies, districts and pages, for benchmarks and size measurements.
 *
 *   node scripts/generate-register.ts <count> <target-dir> [--seed 1]
 *
 * Build it with: CONTENT_DIR=<target-dir> npm run build
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pointInPolygon, type Position } from '../src/lib/geo.ts';
import { loadRegister } from '../src/lib/register/load-register.ts';
import { syntheticEntries } from '../src/tooling/register/synthetic.ts';
import { writeEntries } from '../src/lib/register/import/write-entries.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string', default: '1' } },
});
const [countText, target] = positionals;
const count = Number(countText);
if (!Number.isInteger(count) || count < 1 || !target) {
  console.error('Usage: node scripts/generate-register.ts <count> <target-dir> [--seed 1]');
  process.exit(1);
}
if (resolve(target) === resolve('content') || existsSync(join(target, 'register'))) {
  console.error(`${target} already has a register (or is content/): choose a new directory.`);
  process.exit(1);
}

const demo = loadRegister('content');
const polygons = new Map(
  demo.districts.map((d) => [
    d.properties.id,
    (d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates) as Position[][][],
  ]),
);
const inside = (lng: number, lat: number, district: string) =>
  (polygons.get(district) ?? []).some((rings) => pointInPolygon([lng, lat], rings));

mkdirSync(join(target, 'register'), { recursive: true });
for (const folder of ['taxonomy', 'pages']) cpSync(join('content', folder), join(target, folder), { recursive: true });
cpSync(join('content', 'districts.geojson'), join(target, 'districts.geojson'));
writeEntries(target, syntheticEntries(demo.entries, count, Number(values.seed), inside));
console.log(`Wrote ${count} devices to ${join(target, 'register')}.`);
