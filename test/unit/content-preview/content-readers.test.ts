import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentReaders } from '../../../src/integrations/content-preview.ts';

const project = join(import.meta.dirname, '..', '..', '..');

/** Modules under src/ whose code (not a comment) reads CONTENT_DIR. */
function modulesReadingContentDir(): string[] {
  return readdirSync(join(project, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.(ts|mjs)$/.test(path))
    .map((path) => join('src', path))
    .filter((path) =>
      readFileSync(join(project, path), 'utf8')
        .split('\n')
        .some((line) => line.includes("process.env['CONTENT_DIR']") && !/^\s*(\*|\/\/)/.test(line)),
    );
}

describe('the dev preview', () => {
  it('re-runs every module that reads content files itself when one is saved', () => {
    const followedElsewhere = [
      // Astro's collections: Astro follows their files itself.
      'src/content.config.ts',
      // The content check: content-preview runs it afresh on every save.
      'src/lib/content-check/site-check.ts',
    ];
    const readers = modulesReadingContentDir().filter((path) => !followedElsewhere.includes(path));
    expect(readers.sort()).toEqual(contentReaders.map(({ module }) => module).sort());
  });

  it('knows the files each reader reads by the names they have in content/', () => {
    for (const { reads } of contentReaders) {
      for (const path of reads) expect(existsSync(join(project, 'content', path)), path).toBe(true);
    }
  });
});
