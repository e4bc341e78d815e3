/**
 * Builds another city's site the way a city that forks this project builds it: a copy of the
 * project in which city.config.ts and content/ are the city's, checked (`npm run check`) and built
 * (`npm run build`) there. The project itself is left as it is.
 *
 *   npm run city:build -- test/cities/ulmenstedt
 *   npm run city:build -- test/cities/ulmenstedt --out dist-cities/ulmenstedt
 *
 * The city folder holds `city.config.ts` and `content/`, laid out as at the project's root. The
 * copy takes the files git would commit (tracked and new, not ignored), so uncommitted work is
 * built too, and shares node_modules through a symbolic link. The built site is moved to --out
 * (default dist-cities/<city folder name>/); the copy is removed, also when the check or build fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentCacheDir } from '../src/lib/content-cache-dir.ts';

const usage = 'Usage: npm run city:build -- <city folder> [--out <folder>]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (positionals.length !== 1) fail('Name one city folder, such as test/cities/ulmenstedt.');

const project = resolve(import.meta.dirname, '..');
const cityDir = resolve(positionals[0]!);
for (const needed of ['city.config.ts', 'content']) {
  if (!existsSync(join(cityDir, needed))) {
    fail(`${join(cityDir, needed)} does not exist: a city folder holds city.config.ts and content/.`);
  }
}
const outDir = resolve(values.out ?? join(project, 'dist-cities', basename(cityDir)));

/** The files git would commit: the project as a fork would have it, without build output or node_modules. */
function projectFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (listed.status !== 0) fail(`git ls-files failed in ${project}: ${listed.stderr.trim()}`);
  // The city's own files replace these; deleted but still tracked files are skipped.
  return listed.stdout
    .split('\0')
    .filter((file) => file !== '' && file !== 'city.config.ts' && !file.startsWith('content/'))
    .filter((file) => existsSync(join(project, file)));
}

function run(step: string, command: string, args: string[], cwd: string): void {
  console.log(`city:build: ${step}`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      // The copy has no Astro cache of its own in node_modules (a link to the project's): the
      // content store goes to a folder of the copy's content tree (astro.config.mjs).
      CONTENT_DIR: join(cwd, 'content'),
    },
  });
  if (result.status !== 0) throw new Error(`${step} failed (exit code ${result.status ?? result.signal}).`);
}

const copy = mkdtempSync(join(tmpdir(), `city-${basename(cityDir)}-`));
const started = performance.now();
let failed = false;
try {
  for (const file of projectFiles()) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(project, file), join(copy, file));
  }
  cpSync(join(cityDir, 'city.config.ts'), join(copy, 'city.config.ts'));
  cpSync(join(cityDir, 'content'), join(copy, 'content'), { recursive: true });
  symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'), 'dir');

  // process.execPath: the Node that npm runs this script with (the project's), also for the steps.
  run('content check', process.execPath, ['scripts/content-check.ts'], copy);
  run('build', process.execPath, ['--max-old-space-size=16384', 'node_modules/astro/bin/astro.mjs', 'build'], copy);

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(dirname(outDir), { recursive: true });
  try {
    renameSync(join(copy, 'dist'), outDir);
  } catch {
    // Another file system (the temporary folder often is): copy instead.
    cpSync(join(copy, 'dist'), outDir, { recursive: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`city:build: ${basename(cityDir)} built in ${seconds} s, written to ${outDir}`);
} catch (error) {
  failed = true;
  console.error(`city:build: ${(error as Error).message}`);
} finally {
  rmSync(contentCacheDir(join(copy, 'content')), { recursive: true, force: true });
  rmSync(copy, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
