import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { contentCheck } from '../../../src/integrations/content-check.ts';
import { checkContent } from '../../../src/lib/content-check/check-content.ts';
import { formatReport } from '../../../src/lib/content-check/report.ts';
import { siteCheckOptions } from '../../../src/lib/content-check/site-check.ts';
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

function astroBuild(contentDir: string, outDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      join(project, 'node_modules', '.bin', 'node'),
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
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
