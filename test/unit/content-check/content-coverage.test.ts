import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check-content.ts';
import { contentEntries, mdxKinds, type MdxKind } from '../../../src/lib/content-check/read-content.ts';
import { siteCheckOptions } from '../../../src/site/content-check.ts';

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

  it('claims the folder of every content collection the build loads', () => {
    const config = readFileSync(join(project, 'src', 'content.config.ts'), 'utf8');
    const folders = [...config.matchAll(/base: `\$\{root\}\/([\w-]+)`/g)].map((match) => match[1]);
    expect(folders.length).toBeGreaterThan(0);
    const mdxFolders: readonly string[] = Object.values(mdxKinds).map((kind) => kind.folder);
    expect(folders.filter((folder) => !mdxFolders.includes(folder!) && folder !== 'quizzes')).toEqual([]);
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
