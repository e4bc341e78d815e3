import { existsSync, globSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectionKindIds,
  contentEntries,
  contentKinds,
  kinds,
  mdxKindIds,
  precachePatterns,
  type ContentKind,
} from '../../../src/content-kinds/index.ts';
import { specialPageRoutes } from '../../../src/content-kinds/pages.ts';
import { mdxKinds } from '../../../src/lib/content-check/read-content.ts';
import { newContentKinds } from '../../../src/tooling/content-new/new-content.ts';
import { contentKinds as documentedKinds } from '../../../src/tooling/schema-docs/content-schemas.ts';
import { searchTypes } from '../../../src/lib/search/index-format.ts';
import { specialPageSlugs } from '../../../src/schemas/page.ts';

/**
 * The registry is the one place a kind of content is declared: these tests fail when a kind
 * lacks a facet without saying why, when content/ holds files no kind claims, and when something
 * that lists kinds has drifted from it.
 */
const project = join(import.meta.dirname, '..', '..', '..');
const content = join(project, 'content');
/** The demo city's content and every test city's (test/cities/<city>/content). */
const cityContents = [
  content,
  ...readdirSync(join(project, 'test', 'cities')).map((city) => join(project, 'test', 'cities', city, 'content')),
];

/** A reason is a sentence a newcomer can act on, not a placeholder. */
const isReason = (text: string) => /^[A-Z].{30,}\.$/s.test(text) && !/\b(TODO|TBD|n\/a)\b/i.test(text);

/** Each facet that may be replaced by a reason: whether the kind has it, else its reason. */
const facets = {
  search: (kind: ContentKind) => ('notSearched' in kind.search ? kind.search.notSearched : true),
  template: (kind: ContentKind) => ('noTemplate' in kind.template ? kind.template.noTemplate : true),
  offline: (kind: ContentKind) => ('notPrecached' in kind.offline ? kind.offline.notPrecached : true),
  pages: (kind: ContentKind) => ('noPages' in kind.pages ? kind.pages.noPages : true),
};

describe('every kind of content', () => {
  it.each(contentKinds.map((kind) => [kind.id, kind] as const))(
    '%s has every facet, or a stated reason instead',
    (_, kind) => {
      for (const [facet, has] of Object.entries(facets)) {
        const value = has(kind);
        if (value !== true) expect(isReason(value), `${kind.id}.${facet}: "${value}"`).toBe(true);
      }
      expect(kind.title.trim()).not.toBe('');
      expect(kind.names.one).toMatch(/^[a-z][a-z ]+$/);
      expect(kind.names.many).toMatch(/^[a-z][a-z ]+$/);
      // A kind the content layer does not load names its own reader, a file that exists.
      if ('reader' in kind.loader) {
        const reader = /^\w+ \((src\/[\w/.-]+\.ts)\)/.exec(kind.loader.reader)?.[1];
        expect(reader && existsSync(join(project, reader)), `${kind.id}.loader: "${kind.loader.reader}"`).toBe(true);
      }
      expect(kind.files.globs.length).toBeGreaterThan(0);
      expect(
        kind.files.globs.every((glob) => glob === kind.files.entry || glob.startsWith(`${kind.files.entry}/`)),
      ).toBe(true);
      expect(kind.files.shown.startsWith(`content/${kind.files.entry}`)).toBe(true);
      if ('documents' in kind.search) expect(searchTypes).toContain(kind.search.type);
      if ('precache' in kind.offline) expect(kind.offline.precache.length).toBeGreaterThan(0);
      if ('list' in kind.pages || 'entry' in kind.pages) expect(kind.pages.list ?? kind.pages.entry).toBeTruthy();
      // Every MDX rule and a component set apply to MDX bodies: an MDX kind without them would go unchecked.
      expect(Boolean(kind.mdx), `${kind.id}: mdx facet`).toBe(kind.files.format === 'mdx');
    },
  );

  it('have distinct ids, commands and schema files', () => {
    const distinct = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    distinct(contentKinds.map((kind) => kind.id));
    distinct(contentKinds.map((kind) => kind.fieldDocs.schemaFile));
    distinct(newContentKinds);
  });

  it.each(cityContents.map((dir) => [dir.slice(project.length + 1), dir] as const))(
    'claim every file under %s, each file once',
    (_, dir) => {
      const claimed = new Map<string, string[]>();
      for (const kind of contentKinds) {
        for (const file of globSync(kind.files.globs as string[], { cwd: dir })) {
          claimed.set(file, [...(claimed.get(file) ?? []), kind.id]);
        }
      }
      const files = globSync('**/*', { cwd: dir, withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
      expect(files.length).toBeGreaterThan(10);
      expect(files.filter((file) => !claimed.has(file))).toEqual([]);
      expect([...claimed].filter(([, ids]) => ids.length > 1)).toEqual([]);
    },
  );

  it('leave no folder or file directly under content/ without a kind', () => {
    const top = readdirSync(content).filter((name) => !name.startsWith('.'));
    expect(top.filter((name) => !contentEntries.includes(name))).toEqual([]);
    expect(contentEntries.filter((name) => !top.includes(name))).toEqual([]);
  });
});

describe('what is derived from the registry', () => {
  it('the MDX rules run over exactly the MDX kinds, with their folders and schemas', () => {
    expect(Object.keys(mdxKinds).sort()).toEqual(['advisories', 'lessons', 'pages', 'teacherGuides']);
    expect(mdxKindIds.map((id) => mdxKinds[id].folder)).toEqual(mdxKindIds.map((id) => kinds[id].files.entry));
    expect(mdxKinds.advisories.schema).toBe(kinds.advisories.schema);
  });

  it('the translation report has a row for every kind written one file per language', async () => {
    const { formatTranslationStatus } = await import('../../../src/tooling/content-check/translation-report.ts');
    const empty = { total: 1, translated: 1, missing: [] };
    const coverage = Object.fromEntries(
      ['ui', ...collectionKindIds, 'glossary', 'registerEntries', 'registerVocabularies'].map((key) => [key, empty]),
    );
    const rows = formatTranslationStatus({ nl: coverage as never }, 'en')
      .split('\n')
      .slice(3)
      .map((line) => line.split(/ {2,}/)[0]);
    expect(rows).toEqual([
      'Interface texts',
      'Quizzes',
      'Site pages',
      'Lessons',
      'Teacher guides',
      'Advisories',
      'Glossary',
      'Register: devices',
      'Register: vocabularies',
    ]);
  });

  it('the content layer loads the MDX kinds and the quizzes', () => {
    expect([...collectionKindIds].sort()).toEqual(['advisories', 'lessons', 'pages', 'quizzes', 'teacherGuides']);
  });

  it('npm run new offers a template for every kind that declares one', () => {
    expect(newContentKinds).toEqual(['sensor', 'quiz', 'page', 'lesson', 'teacher-guide', 'advisory']);
  });

  it('search has a type for every searched kind, and each type is made by a kind or the site sections', () => {
    const made = new Set(contentKinds.flatMap((kind) => ('type' in kind.search ? [kind.search.type] : [])));
    expect(searchTypes.filter((type) => !made.has(type))).toEqual([]);
    expect(contentKinds.filter((kind) => 'notSearched' in kind.search).map((kind) => kind.id)).toEqual([
      'vocabularies',
      'legalBases',
      'organisations',
      'districts',
      'facts',
    ]);
  });

  it('every page with a route of its own says where search finds it, if anywhere', () => {
    expect(Object.keys(specialPageRoutes).sort()).toEqual([...specialPageSlugs].sort());
  });

  it('the field reference documents every kind; YAML and JSON kinds get a JSON Schema for their files', () => {
    expect(documentedKinds.map((kind) => kind.id)).toEqual(contentKinds.map((kind) => kind.fieldDocs.schemaFile));
    for (const kind of documentedKinds) {
      const source = contentKinds.find((candidate) => candidate.fieldDocs.schemaFile === kind.id)!;
      expect(Boolean(kind.editorFiles), kind.id).toBe(source.files.format !== 'mdx');
    }
    expect(documentedKinds.find((kind) => kind.id === 'advisory')?.files).toBe('content/advisories/<lang>/<slug>.mdx');
  });

  it('each language precaches what the kinds declare, in its own language only', () => {
    expect(precachePatterns('nl')).toEqual([
      'nl/register/index.html',
      'data/compact/nl*.json',
      'nl/quizzes/index.html',
      'nl/quizzes/*/index.html',
      'data/quizzes/nl-*.json',
      'nl/glossary/index.html',
      'data/districts.geojson',
      'nl/index.html',
      'nl/lessons/**/index.html',
    ]);
  });
});
