import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..', '..');

/**
 * The lines of a source text that read an environment variable (`name`, or any when left out):
 * `process.env.NAME`, `process.env['NAME']`, `process.env["NAME"]` or, for any, `process.env`
 * itself. Setting or deleting one (`process.env.NAME = …`), passing it on
 * (`{ ...process.env, NAME: dir }`) and comments are not reads. dependency-cruiser cannot see these, hence this test.
 */
function envReads(text: string, name?: string): number[] {
  const member = name ?? '\\w+';
  // Either that member, or (for any variable) process.env itself with no member after it.
  const access = `(?:\\.${member}\\b|\\[['"]${member}['"]\\]${name ? '' : '|(?![.[\\w])'})`;
  const read = new RegExp(`(?<!\\.\\.\\.|delete\\s+)process\\.env${access}(?!\\s*=[^=])`);
  return text.split('\n').flatMap((line, index) => {
    const code = line.trim();
    if (code.startsWith('*') || code.startsWith('//') || code.startsWith('/*')) return [];
    return read.test(line) ? [index + 1] : [];
  });
}

/** `file:line` for every read in the tracked files under the given paths, except the allowed ones. */
function readsOutside(paths: string[], allowed: RegExp, name?: string): string[] {
  const files = execFileSync('git', ['ls-files', '--', ...paths], { cwd: project, encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.(ts|tsx|astro|mjs|cjs|js)$/.test(file) && !allowed.test(file));
  return files.flatMap((file) =>
    envReads(readFileSync(join(project, file), 'utf8'), name).map((line) => `${file}:${line}`),
  );
}

describe('environment variables are read in one place', () => {
  it('finds reads of a variable, and not writes, hand-overs or comments', () => {
    const text = [
      "const dir = process.env['CONTENT_DIR'] ?? 'content';",
      'const other = process.env.CONTENT_DIR;',
      'const quoted = process.env["CONTENT_DIR"];',
      "process.env['CONTENT_DIR'] = argv[2];",
      "delete process.env['CONTENT_DIR'];",
      'spawn(cmd, { env: { ...process.env, CONTENT_DIR: dir } });',
      ' * CONTENT_DIR comes from process.env.CONTENT_DIR',
      'const day = buildDay(process.env);',
    ].join('\n');
    expect(envReads(text, 'CONTENT_DIR')).toEqual([1, 2, 3]);
    expect(envReads(text)).toEqual([1, 2, 3, 8]);
  });

  it('only src/site/ reads CONTENT_DIR', () => {
    expect(
      readsOutside(
        ['src', 'scripts', 'test', 'astro.config.mjs'],
        // This file's own samples are no reads.
        /^(src\/site\/|test\/unit\/architecture\/env-reads\.test\.ts$)/,
        'CONTENT_DIR',
      ),
    ).toEqual([]);
  });

  it('src/lib reads no environment variable: its callers pass what it needs', () => {
    expect(readsOutside(['src/lib'], /^$/)).toEqual([]);
  });
});
