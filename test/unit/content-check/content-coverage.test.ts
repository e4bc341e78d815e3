import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check-content.ts';
import { contentEntries, mdxKinds, type MdxKind } from '../../../src/lib/content-check/read-content.ts';
import { siteCheckOptions } from '../../../src/site/content-check.ts';
import { collectionKindIds } from '../../../src/content-kinds/index.ts';

/**
 * The content check guards the build only for what it reads: advisories once went unchecked, so
 * code in them ran at build time. These tests fail as soon as content/ or the content collections
 * hold something the check does not read.
 */
const project = join(import.meta.dirname, '..', '..', '..');
const content = join(project, 'content');
const visible = (dir: string) => readdirSync(dir).filter((name) => !name.startsWith('.'));

describe('the content check reads all of content/', () => {
  it('claims every folder and file directly under content/', () => {
    const claimed: readonly string[] = contentEntries;
    expect(visible(content).filter((name) => !claimed.includes(name))).toEqual([]);
  });

  it('reads every kind the content layer loads', () => {
    // MDX kinds are read by readMdxCollection, quizzes by their own reader in read-content.ts.
    const read: readonly string[] = [...Object.keys(mdxKinds), 'quizzes'];
    expect(collectionKindIds.filter((id) => !read.includes(id))).toEqual([]);
  });

  it('reads every MDX file of every kind, in every language', () => {
    const { content: read } = checkContent(siteCheckOptions(project));
    for (const kind of Object.keys(mdxKinds) as MdxKind[]) {
      const { folder } = mdxKinds[kind];
      const files = visible(join(content, folder)).flatMap((locale) =>
        visible(join(content, folder, locale)).map((name) => `content/${folder}/${locale}/${name}`),
      );
      expect(files.length, kind).toBeGreaterThan(0);
      expect(read[kind].map((entry) => entry.file).sort(), kind).toEqual(files.sort());
    }
  });
});
