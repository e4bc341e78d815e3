import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The programs that residents, journalists and data portals read our open data with, run on
 * what we publish: GDAL (QGIS, PostGIS imports, ogr2ogr), Python's expat XML parser (feed readers
 * and scripts; unlike @xmldom/xmldom it refuses every character XML 1.0 forbids) and Python's csv
 * module. gdal-bin brings Python with it (`apt-get install -y gdal-bin`; .ci/run installs it).
 */
function run(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`${command} is not installed: run \`apt-get install -y gdal-bin\` (it brings python3 too).`);
  }
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** A file in a new temporary folder, for programs that read files. */
export function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'published-')), name);
  writeFileSync(file, text);
  return file;
}

/** Expat's verdict on an XML document: '' when well-formed, else its error ("not well-formed (invalid token): line 3, column 12"). */
export function expatError(xml: string): string {
  return run(
    'python3',
    [
      '-c',
      'import sys, xml.parsers.expat as e\np = e.ParserCreate()\ntry:\n  p.Parse(sys.stdin.buffer.read(), True)\nexcept e.ExpatError as error:\n  print(error)',
    ],
    xml,
  ).trim();
}

/** Expat's verdict on many XML files at once (one Python process): `file: error` for each that is not well-formed. */
export function expatFileErrors(files: readonly string[]): string[] {
  const script = [
    'import sys, xml.parsers.expat as e',
    'for name in sys.argv[1:]:',
    '  try:',
    '    e.ParserCreate().ParseFile(open(name, "rb"))',
    '  except e.ExpatError as error:',
    '    print(f"{name}: {error}")',
  ].join('\n');
  return run('python3', ['-c', script, ...files])
    .split('\n')
    .filter(Boolean);
}

/** Rows of a CSV file as Python's csv module reads them (UTF-8 with a byte order mark). */
export function pythonCsvRows(file: string): string[][] {
  const script = `import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n  print(json.dumps(list(csv.reader(f))))`;
  return JSON.parse(run('python3', ['-c', script, file])) as string[][];
}

/** The records of a file as GDAL reads them: each feature's attributes, by column name. */
export function gdalRecords(file: string): Record<string, unknown>[] {
  const geojson = JSON.parse(run('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file])) as {
    features: { properties: Record<string, unknown> }[];
  };
  return geojson.features.map((feature) => feature.properties);
}

/**
 * Every geometry of a GeoJSON file that GEOS (through GDAL's SQLite dialect) finds invalid in the
 * OGC Simple Features sense, as `id: reason` ("mobile-centrum-01: Self-intersection[5.119 52.125]"),
 * and how many features it read.
 */
export function invalidGeometries(file: string, layer: string): { count: number; invalid: string[] } {
  const sql = `SELECT id, ST_IsValid(geometry) AS valid, ST_IsValidReason(geometry) AS reason FROM "${layer}"`;
  const output = run('ogr2ogr', ['-f', 'CSV', '/vsistdout/', file, '-dialect', 'SQLite', '-sql', sql]);
  const rows = output.trim().split(/\r?\n/).slice(1);
  const invalid = rows
    .map((row) => /^"?([^,"]*)"?,"?(\d)"?,"?(.*?)"?$/.exec(row)!)
    .filter((match) => match[2] !== '1')
    .map((match) => `${match[1]}: ${match[3]}`);
  return { count: rows.length, invalid };
}
