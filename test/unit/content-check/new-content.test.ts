import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check-content.ts';
import { newContent, newContentKinds } from '../../../src/lib/content-new/new-content.ts';
import { FIXTURE_TODAY, fixtureTree } from '../../support/fixture-tree.ts';

const project = join(import.meta.dirname, '..', '..', '..');
const trees: string[] = [];
afterAll(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function options(dir: string) {
  return {
    contentDir: join(dir, 'content'),
    uiStringsDir: join(dir, 'ui'),
    pagesDir: resolve(project, 'src', 'pages'),
    publicDir: join(dir, 'public'),
    root: dir,
    locales: ['en', 'nl'],
    defaultLocale: 'en',
    today: FIXTURE_TODAY,
  };
}

type Created = ReturnType<typeof newContent>;

/** Writes what `npm run new` made, as the script does; fails the test with its message if it refused. */
function writeNew(created: Created): asserts created is Exclude<Created, { error: string }> {
  if ('error' in created) throw new Error(created.error);
  mkdirSync(dirname(created.path), { recursive: true });
  writeFileSync(created.path, created.text);
}

describe('npm run new', () => {
  it.each(newContentKinds)('writes a %s that passes the check, warning only about the texts to replace', (kind) => {
    const dir = fixtureTree('base');
    trees.push(dir);
    // A teacher guide is for an existing lesson, and ends with the safeguarding page.
    if (kind === 'teacher-guide') writeNew(newContent('page', 'safeguarding', 'en', options(dir)));
    const created = newContent(kind, kind === 'teacher-guide' ? 'updates' : `new-${kind}`, 'en', options(dir));
    writeNew(created);
    const { issues } = checkContent(options(dir));
    expect(issues.filter((found) => found.severity === 'error')).toEqual([]);
    const own = issues.filter((found) => found.file === created.file);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((found) => found.message.startsWith('Text from the starting template'))).toBe(true);
    expect(created.text).toMatch(/^(---\n)?# /);
  });

  it('never overwrites a file, and refuses names that cannot be an address', () => {
    const dir = fixtureTree('base');
    trees.push(dir);
    expect(newContent('lesson', 'updates', 'en', options(dir))).toEqual({
      error: 'content/lessons/en/updates.mdx already exists: choose another name, or edit that file.',
    });
    expect(newContent('sensor', 'Camera 1', 'en', options(dir))).toEqual({
      error:
        '"Camera 1" cannot be a name: use lowercase letters, digits and hyphens, e.g. air-quality-centrum-02. It becomes the address of the page.',
    });
    expect(newContent('video', 'x', 'en', options(dir))).toEqual({
      error: 'Write what to create first: npm run new -- sensor|lesson|quiz|page|teacher-guide <name>',
    });
    expect(newContent('teacher-guide', 'passwords', 'en', options(dir))).toEqual({
      error:
        'There is no lesson "passwords": a teacher guide has the name of the lesson it is for, e.g. npm run new -- teacher-guide home-network.',
    });
    expect(newContent('page', 'contact', 'de', options(dir))).toEqual({
      error: '"de" is not one of the site\'s languages (en, nl).',
    });
  });

  it('starts a translation from the default-language file', () => {
    const dir = fixtureTree('missing-translation');
    trees.push(dir);
    const created = newContent('lesson', 'home-network', 'nl', options(dir));
    expect(created).toMatchObject({ file: 'content/lessons/nl/home-network.mdx' });
    expect('text' in created && created.text).toBe(
      readFileSync(join(dir, 'content', 'lessons', 'en', 'home-network.mdx'), 'utf8'),
    );
  });

  it('makes a quiz for the lesson of the same name, next in order', () => {
    const dir = fixtureTree('base');
    trees.push(dir);
    const created = newContent('quiz', 'home-network', 'en', options(dir));
    expect('text' in created && created.text).toContain('lessons: [home-network]');
    expect('text' in created && created.text).toContain('order: 2 ');
  });
});
