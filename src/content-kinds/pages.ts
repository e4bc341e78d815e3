import { pageDocuments } from '../lib/search/documents.ts';
import { pageComponentRules } from '../schemas/content-components.ts';
import { pageSchema, type PageData } from '../schemas/page.ts';
import { defineKind } from './kind.ts';

/**
 * Where search finds the pages with a route of their own (src/schemas/page.ts, specialPageSlugs),
 * under /<lang>/; null: not searched (the home page is where search starts; 404 is no destination).
 */
export const specialPageRoutes: Readonly<Record<string, string | null>> = {
  home: null,
  '404': null,
  'classroom-guide': 'classroom/guide',
};

/** Site pages (about, privacy, the classroom guide …), one MDX file per language. */
export const pages = defineKind({
  id: 'pages',
  title: 'Site page (front matter)',
  names: { one: 'page', many: 'site pages' },
  files: {
    entry: 'pages',
    globs: ['pages/*/*.mdx'],
    shown: 'content/pages/<lang>/<slug>.mdx',
    perLanguage: true,
    format: 'mdx',
  },
  schema: pageSchema,
  loader: { collection: true },
  mdx: { components: pageComponentRules, componentDocs: 'docs/content-guide.md' },
  search: {
    type: 'page',
    documents: ({ entries, locale, defaultLocale }) =>
      pageDocuments(entries<PageData>('pages'), locale, defaultLocale, specialPageRoutes),
  },
  template: { command: 'page' },
  // The home page is a site page (content/pages/<lang>/home.mdx) and the offline page's start.
  offline: { precache: ['<lang>/index.html'] },
  fieldDocs: {
    schemaFile: 'page',
    title: 'Site page (front matter)',
    source: { file: 'src/schemas/page.ts', exportName: 'pageSchema' },
  },
  pages: { entry: '<slug>' },
});
