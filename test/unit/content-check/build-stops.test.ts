import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { publishStaged, stagingDir } from '../../../src/integrations/atomic-output.ts';
import { contentCheck } from '../../../src/integrations/content-check.ts';
import { checkContent } from '../../../src/lib/content-check/check-content.ts';
import { formatReport } from '../../../src/lib/content-check/report.ts';
import { siteCheckOptions } from '../../../src/site/content-check.ts';
import { fixtureNames, fixtureTree } from '../../support/fixture-tree.ts';

/**
 * The build runs the content check first (src/integrations/content-check.ts) and stops on its
 * errors with the report `npm run check` prints. Every broken fixture goes through the build's
 * hook; three go through a real `astro build` to show that Astro adds no stack trace and that
 * nothing is written.
 */
const project = join(import.meta.dirname, '..', '..', '..');
const trees: string[] = [];
const tree = (name: string) => {
  const dir = fixtureTree(name);
  trees.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of trees) rmSync(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env['CONTENT_DIR'];
});

/** The report `npm run check` prints for a content tree, without its timing line. */
function checkReport(contentDir: string): string {
  process.env['CONTENT_DIR'] = contentDir;
  return formatReport(checkContent(siteCheckOptions(project)).issues);
}

// The UI-strings fixture changes files outside the content tree, which a build does not take from CONTENT_DIR;
// missing translations are warnings, which do not stop a build.
const broken = fixtureNames().filter((name) => name !== 'ui-strings' && name !== 'missing-translation');

describe("the build's content check", () => {
  it.each(broken)('%s: stops the build with the same report as npm run check', (name) => {
    const contentDir = join(tree(name), 'content');
    const expected = checkReport(contentDir);
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((text) => written.push(String(text)) > 0);
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const hook = contentCheck().hooks['astro:config:setup']!;
    hook({ command: 'build', logger: { info: () => {} } as unknown as AstroIntegrationLogger } as never);
    expect(exit).toHaveBeenCalledWith(1);
    expect(written.join('')).toContain(expected);
  });

  it('lets a build with valid content go on', () => {
    process.env['CONTENT_DIR'] = join(project, 'test', 'fixtures', 'base');
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    contentCheck().hooks['astro:config:setup']!({
      command: 'build',
      logger: { info: () => {} } as unknown as AstroIntegrationLogger,
    } as never);
    expect(exit).not.toHaveBeenCalled();
  });
});

function astroBuild(
  contentDir: string,
  outDir: string,
  config = 'astro.config.mjs',
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      join(project, 'node_modules', '.bin', 'node'),
      ['node_modules/astro/bin/astro.mjs', 'build', '--config', config, '--outDir', outDir],
      { cwd: project, env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('astro build with broken content', () => {
  it.each(['unknown-term-and-district', 'mdx-code', 'quiz-translation-mismatch'])(
    '%s: exits 1 with the report, no stack trace, no files written',
    async (name) => {
      const dir = tree(name);
      const outDir = join(dir, 'dist');
      const expected = checkReport(join(dir, 'content'));
      const build = await astroBuild(join(dir, 'content'), outDir);
      expect(build.code).toBe(1);
      expect(build.output).toContain(expected);
      expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(existsSync(outDir)).toBe(false);
    },
    60_000,
  );
});

describe('an advisory that tries to run code at build time', () => {
  // The probe of issue 15: this export wrote a file outside the project during npm run build.
  const written = '/tmp/advisory-code-probe-written.txt';

  it('stops the build with the report before anything runs or is written', async () => {
    rmSync(written, { force: true });
    const dir = tree('advisory-code');
    const outDir = join(dir, 'dist');
    const build = await astroBuild(join(dir, 'content'), outDir);
    expect(build.code).toBe(1);
    expect(build.output).toContain(checkReport(join(dir, 'content')));
    expect(build.output).toContain('content/advisories/en/router-update.mdx');
    expect(existsSync(written)).toBe(false);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(stagingDir(outDir))).toBe(false);
  }, 60_000);
});

describe('a build that fails after the pages are written', () => {
  it('leaves the previous complete site in place, and no partial output', async () => {
    const dir = tree('base');
    const outDir = join(dir, 'dist');
    mkdirSync(join(outDir, 'en'), { recursive: true });
    writeFileSync(join(outDir, 'en', 'index.html'), '<p>The site as it was.</p>');
    const build = await astroBuild(join(dir, 'content'), outDir, 'test/support/late-failure.config.mjs');
    expect(build.code).toBe(1);
    expect(build.output).toContain('A step after the pages failed.');
    expect(build.output).toMatch(/generating static routes/);
    expect(readdirSync(outDir, { recursive: true }).sort()).toEqual(['en', join('en', 'index.html')]);
    expect(existsSync(stagingDir(outDir))).toBe(false);
  }, 120_000);
});

describe('publishing a complete build', () => {
  it('replaces the previous output as a whole, or takes its place when there was none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-'));
    trees.push(dir);
    const outDir = join(dir, 'dist');
    for (const [folder, file] of [
      [outDir, 'old.html'],
      [stagingDir(outDir), 'new.html'],
    ] as const) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, file), file);
    }
    publishStaged(stagingDir(outDir), outDir);
    expect(readdirSync(dir).sort()).toEqual(['dist']);
    expect(readdirSync(outDir)).toEqual(['new.html']);

    rmSync(outDir, { recursive: true });
    mkdirSync(stagingDir(outDir));
    publishStaged(stagingDir(outDir), outDir);
    expect(readdirSync(dir)).toEqual(['dist']);
  });
});
