import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * npm run city:build (scripts/build-city.ts) as a city that forks the site meets it when something
 * is wrong. The journey through a city that builds is test/e2e/second-city/.
 */
const project = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'city-build-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cityBuild(...args: string[]) {
  return spawnSync(process.execPath, [join(project, 'scripts', 'build-city.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

/** Temporary copies of the project that the script made and did not remove. */
const leftCopies = () => readdirSync(tmpdir()).filter((name) => name.startsWith('city-broken-'));

describe('npm run city:build', () => {
  it('names what a city folder lacks', () => {
    const empty = join(scratch, 'empty');
    cpSync(join(project, 'test', 'cities', 'ulmenstedt', 'city.config.ts'), join(empty, 'city.config.ts'));
    const run = cityBuild(empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `${join(empty, 'content')} does not exist: a city folder holds city.config.ts and content/.`,
    );
  });

  it('stops at the content check with its report, writes nothing and removes its copy', () => {
    const broken = join(scratch, 'broken');
    cpSync(join(project, 'test', 'cities', 'ulmenstedt'), broken, { recursive: true });
    const device = join(broken, 'content', 'register', 'pegel-seeufer-01.yaml');
    writeFileSync(device, 'name:\n  de: Pegelmesser Hafenbecken\nstatus: aktiv\n');
    const out = join(scratch, 'out');
    const before = leftCopies();
    const run = cityBuild(broken, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('content/register/pegel-seeufer-01.yaml');
    expect(run.stderr).toContain('city:build: content check failed (exit code 1).');
    expect(existsSync(out)).toBe(false);
    expect(leftCopies()).toEqual(before);
  });

  it('prints what is wrong with a city profile and no stack trace', () => {
    const hostile = join(scratch, 'hostile');
    cpSync(join(project, 'test', 'cities', 'ulmenstedt'), hostile, { recursive: true });
    const config = join(hostile, 'city.config.ts');
    writeFileSync(config, readFileSync(config, 'utf8').replace("siteUrl: 'https://", "siteUrl: 'http://"));
    const run = cityBuild(hostile, '--out', join(scratch, 'hostile-out'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Content error:\n  city.config.ts: siteUrl: Use an https:// address.\n');
    expect(run.stderr).not.toMatch(/Error: |at file:|node:internal/);
  });
});
