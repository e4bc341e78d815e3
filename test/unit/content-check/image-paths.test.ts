import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/content-check/mdx-document.ts';
import { checkImages } from '../../../src/lib/content-check/rules/links.ts';

const site = mkdtempSync(join(tmpdir(), 'image-paths-'));
const publicDir = join(site, 'public');
const contentDir = join(site, 'content');
mkdirSync(join(publicDir, 'images'), { recursive: true });
mkdirSync(join(contentDir, 'lessons', 'en'), { recursive: true });
writeFileSync(join(publicDir, 'images', 'camera.png'), '');
writeFileSync(join(contentDir, 'lessons', 'en', 'diagram.png'), '');
// A symbolic link that an editor with write access could add: a file of the build machine.
symlinkSync('/etc/hostname', join(publicDir, 'images', 'linked.png'));
symlinkSync('/etc/hostname', join(contentDir, 'lessons', 'en', 'linked.png'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function imageMessages(markdown: string): string[] {
  const { document } = parseMdx(markdown);
  const lesson = join(contentDir, 'lessons', 'en', 'updates.mdx');
  return checkImages('updates.mdx', lesson, document!, publicDir, contentDir).map((issue) => issue.message);
}

describe('an image path', () => {
  it('to a file in public/ or next to the text is fine', () => {
    expect(imageMessages('![A camera](/images/camera.png) ![A diagram](diagram.png)')).toEqual([]);
  });

  it('through a symbolic link to a file of the build machine is not a file of the site', () => {
    expect(imageMessages('![A link](/images/linked.png)')).toEqual([
      'The image file is missing: put it at public/images/linked.png.',
    ]);
    expect(imageMessages('![A link](linked.png)')).toEqual(['The image file is missing: put it at linked.png.']);
  });
});
