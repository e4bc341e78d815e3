import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent, type CheckResult } from '../../src/lib/content-check/check-content.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const project = join(import.meta.dirname, '..', '..');

/** The date the fixture checks run on: the fixtures' dates are before it, or deliberately after. */
export const FIXTURE_TODAY = '2026-06-01';

/**
 * A project-like folder for one fixture: `content/` is test/fixtures/base with the fixture's files
 * laid over it (and the paths in its delete.txt removed); `ui/` and `public/` are the site's own
 * UI strings and public files, with the fixture's `ui/` and `public/` files laid over them.
 */
export function fixtureTree(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `content-${name}-`));
  cpSync(join(fixtures, 'base'), join(dir, 'content'), { recursive: true });
  cpSync(join(project, 'src', 'i18n', 'locales'), join(dir, 'ui'), { recursive: true });
  cpSync(join(project, 'public'), join(dir, 'public'), { recursive: true });
  if (name === 'base') return dir;
  const overlay = join(fixtures, name);
  for (const entry of readdirSync(overlay)) {
    if (entry === 'delete.txt') continue;
    const target = entry === 'ui' || entry === 'public' ? join(dir, entry) : join(dir, 'content', entry);
    cpSync(join(overlay, entry), target, { recursive: true });
  }
  const deletions = join(overlay, 'delete.txt');
  if (existsSync(deletions)) {
    for (const path of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) {
      rmSync(join(dir, 'content', path));
    }
  }
  return dir;
}

/** The fixture names: every folder of test/fixtures except the base tree. */
export function fixtureNames(): string[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'base')
    .map((entry) => entry.name)
    .sort();
}

/** The content check's options for a fixture tree: English and Dutch, files named from the tree. */
export function fixtureCheckOptions(dir: string) {
  return {
    contentDir: join(dir, 'content'),
    uiStringsDir: join(dir, 'ui'),
    pagesDir: resolve(project, 'src', 'pages'),
    publicDir: join(dir, 'public'),
    factsCheckedMaxAgeMonths: 12,
    root: dir,
    locales: ['en', 'nl'],
    defaultLocale: 'en',
    today: FIXTURE_TODAY,
  };
}

/** Runs the content check over a fixture tree (fixtureCheckOptions). */
export function checkFixture(name: string): CheckResult & { dir: string } {
  const dir = fixtureTree(name);
  const result = checkContent(fixtureCheckOptions(dir));
  return { ...result, dir };
}
