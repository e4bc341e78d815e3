/**
 * Measures `npm run register:import` on a large register: 10,000 devices (or the count given)
 * exported from a synthetic register as CSV and as .xlsx, imported into an empty register (every
 * device new) and then again into the full one (every device unchanged). Prints wall time and
 * peak memory (maximum resident set size, from /usr/bin/time) of each run as a Markdown table.
 *
 *   npm run bench:import [-- 10000]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { city } from '../src/site/city.ts';
import { pointInPolygon, type Position } from '../src/lib/geo.ts';
import { registerCsv } from '../src/lib/register/exports.ts';
import { loadRegister } from '../src/lib/register/load-register.ts';
import { syntheticEntries } from '../src/tooling/register/synthetic.ts';
import { writeEntries } from '../src/lib/register/import/write-entries.ts';
import { registerXlsx } from '../src/tooling/register/xlsx-export.ts';

const count = Number(process.argv[2] ?? 10_000);
if (!existsSync('/usr/bin/time')) {
  console.error('This benchmark reads peak memory with /usr/bin/time: apt-get install -y time');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'bench-import-'));

function contentTree(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'register'), { recursive: true });
  cpSync(join('content', 'taxonomy'), join(dir, 'taxonomy'), { recursive: true });
  cpSync(join('content', 'districts.geojson'), join(dir, 'districts.geojson'));
  return dir;
}

// A synthetic register of `count` devices, exported the way the register team would.
const demo = loadRegister('content');
const polygons = new Map(
  demo.districts.map((d) => [
    d.properties.id,
    (d.geometry.type === 'Polygon' ? [d.geometry.coordinates] : d.geometry.coordinates) as Position[][][],
  ]),
);
const inside = (lng: number, lat: number, district: string) =>
  (polygons.get(district) ?? []).some((rings) => pointInPolygon([lng, lat], rings));
const source = contentTree('source');
writeEntries(source, syntheticEntries(demo.entries, count, 1, inside));
const register = loadRegister(source);
const locales = city.locales.map((locale) => locale.code);
const files = {
  CSV: join(work, 'register.csv'),
  xlsx: join(work, 'register.xlsx'),
};
writeFileSync(
  files.CSV,
  registerCsv(register, {
    siteUrl: city.siteUrl,
    defaultLocale: city.defaultLocale,
    locales,
    licence: city.openDataLicence,
    publisher: city.publisher[city.defaultLocale] ?? '',
  }),
);
writeFileSync(files.xlsx, await registerXlsx(register, locales));

function run(file: string, contentDir: string): { seconds: number; cpu: number; megabytes: number; output: string } {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', 'BENCH %e %M %U %S', process.execPath, 'scripts/register-import.ts', file, '--content-dir', contentDir],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const match = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (result.status !== 0 || !match) throw new Error(`Import of ${file} failed:\n${result.stderr.slice(-2000)}`);
  return {
    seconds: Number(match[1]),
    cpu: Number(match[3]) + Number(match[4]),
    megabytes: Number(match[2]) / 1024,
    output: result.stdout.trim().split('\n').at(-1)!,
  };
}

const rows: string[] = [];
for (const [format, file] of Object.entries(files)) {
  const target = contentTree(`target-${format}`);
  const size = (statSync(file).size / 1024 / 1024).toFixed(1);
  const fresh = run(file, target);
  const again = run(file, target);
  for (const [devices, measured] of [
    ['all new', fresh],
    ['all unchanged', again],
  ] as const) {
    rows.push(
      `| ${format} (${size} MB) | ${devices} | ${measured.seconds.toFixed(1)} s | ${measured.cpu.toFixed(1)} s | ${measured.megabytes.toFixed(0)} MB |`,
    );
  }
  console.error(`${format}: ${fresh.output} / ${again.output}`);
}
console.log(`Import of ${count.toLocaleString('en')} devices (Node ${process.versions.node}):\n`);
console.log('| File | Devices | Wall time | CPU time | Peak memory (max RSS) |\n| --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
rmSync(work, { recursive: true, force: true });
