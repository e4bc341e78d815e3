import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentReaders } from '../../../src/integrations/content-preview.ts';

const project = join(import.meta.dirname, '..', '..', '..');

/**
 * Modules of the site-data layer that ask content-dir.ts where the content tree is: those that
 * read content files themselves (src/content.config.ts, outside it, declares Astro's collections,
 * whose files Astro follows).
 */
function modulesReadingTheContentTree(): string[] {
  const site = join(project, 'src', 'site');
  return readdirSync(site)
    .filter(
      (file) => file.endsWith('.ts') && readFileSync(join(site, file), 'utf8').includes("from './content-dir.ts'"),
    )
    .map((file) => `src/site/${file}`);
}

describe('the dev preview', () => {
  it('re-runs every module that reads content files itself when one is saved', () => {
    // The content check: content-preview runs it afresh on every save.
    const checkedAfresh = 'src/site/content-check.ts';
    const readers = modulesReadingTheContentTree().filter((path) => path !== checkedAfresh);
    expect(readers.sort()).toEqual(contentReaders.map(({ module }) => module).sort());
  });

  it('knows the files each reader reads by the names they have in content/', () => {
    for (const { reads } of contentReaders) {
      for (const path of reads) expect(existsSync(join(project, 'content', path)), path).toBe(true);
    }
  });
});
