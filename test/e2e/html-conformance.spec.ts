import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkedPagePaths } from '../support/site.ts';

/*
 * The Nu HTML Checker (vnu, the W3C validator) over the built pages: every template in every
 * language, that is the pages the accessibility tests visit (one device of each kind, one list
 * page, every lesson, quiz, advisory and site page ...) plus what the sitemap leaves out (each
 * language's sign page and offline page). One Java process checks them all in a few seconds.
 */
const dist = join(import.meta.dirname, '..', '..', 'dist');
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** The dist file of a page path: `/nl/about/` -> dist/nl/about/index.html. */
const distFile = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

function conformancePaths(): string[] {
  const checked = checkedPagePaths();
  const languages = checked.flatMap((path) => /^\/([a-z]{2})\/$/.exec(path)?.[1] ?? []);
  const outsideSitemap = languages.flatMap((lang) => {
    const device = checked.find((path) =>
      new RegExp(`^/${lang}/register/(?!page/|stats/|propose/)[^/]+/$`).test(path),
    )!;
    return [`${device}sign/`, `/${lang}/offline/`];
  });
  return [...new Set([...checked, ...outsideSitemap])];
}

interface VnuMessage {
  type: 'error' | 'non-document-error' | 'info';
  url?: string;
  lastLine?: number;
  message: string;
}

test('every kind of page, in every language, has no Nu HTML Checker errors', () => {
  test.setTimeout(120_000);
  if (spawnSync('java', ['-version']).error) {
    throw new Error('The Nu HTML Checker needs Java: apt-get install -y default-jre-headless (Debian).');
  }
  const files = conformancePaths().map(distFile);
  const missing = files.filter((file) => !existsSync(file));
  expect(missing, 'pages to check that the build did not write').toEqual([]);
  // A page with two known errors goes along, so that a checker that reports nothing fails the test.
  const broken = join(mkdtempSync(join(tmpdir(), 'vnu-')), 'broken.html');
  writeFileSync(
    broken,
    '<!doctype html><html lang="en"><title>x</title><p class="a" class="b"><dl><div><dt>x</div></dl>',
  );

  const started = performance.now();
  // Quick start over peak speed (C1 compiler only; it needs a larger stack for the HTML schema),
  // and no language detection: it only gives warnings, which --errors-only leaves out anyway.
  const jvm = ['-Xss2m', '-XX:TieredStopAtLevel=1', '-jar', vnuJar];
  const options = ['--errors-only', '--no-langdetect', '--format', 'json', '--exit-zero-always'];
  const result = spawnSync('java', [...jvm, ...options, broken, ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  console.log(`Nu HTML Checker: ${files.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const messages = (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
  const where = (message: VnuMessage) => (message.url ?? '').replace(/^file:/, '').replace(dist, 'dist');
  expect(messages.filter((message) => where(message) === broken).map((message) => message.message)).toEqual([
    'Duplicate attribute “class”.',
    'Element “div” is missing a required instance of child element “dd”.',
  ]);
  const problems = messages
    .filter((message) => where(message) !== broken)
    .map((message) => `${where(message)}:${message.lastLine ?? ''}: ${message.type}: ${message.message}`);
  expect(problems).toEqual([]);
});
