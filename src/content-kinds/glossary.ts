import { glossaryDocuments } from '../lib/search/documents.ts';
import { glossarySchema } from '../schemas/lesson.ts';
import { defineKind } from './kind.ts';

/** The glossary: one file of terms per language, the same ids in each. */
export const glossary = defineKind({
  id: 'glossary',
  title: 'Glossary',
  names: { one: 'glossary term', many: 'glossary terms' },
  files: {
    entry: 'glossary',
    globs: ['glossary/*.yaml'],
    shown: 'content/glossary/<lang>.yaml',
    perLanguage: true,
    format: 'yaml',
  },
  schema: glossarySchema,
  loader: {
    reader:
      'readGlossaries (src/lib/glossary.ts): lessons look terms up by id while they are built, in every language.',
  },
  search: {
    type: 'glossary',
    documents: ({ glossaries, locale, defaultLocale }) => glossaryDocuments(glossaries, locale, defaultLocale),
  },
  template: { noTemplate: 'A term is a few lines added to the file of each language.' },
  offline: { precache: ['<lang>/glossary/index.html'] },
  fieldDocs: {
    schemaFile: 'glossary',
    title: 'Glossary',
    source: { file: 'src/schemas/lesson.ts', exportName: 'glossarySchema' },
  },
  pages: { list: 'glossary' },
});
