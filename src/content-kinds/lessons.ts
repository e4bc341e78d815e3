import { lessonDocuments } from '../lib/search/documents.ts';
import { lessonComponentRules } from '../schemas/content-components.ts';
import { lessonSchema, type LessonData } from '../schemas/lesson.ts';
import { defineKind } from './kind.ts';

/** IoT-hygiene lessons, one MDX file per language. */
export const lessons = defineKind({
  id: 'lessons',
  title: 'Lesson (front matter)',
  names: { one: 'lesson', many: 'lessons' },
  files: {
    entry: 'lessons',
    globs: ['lessons/*/*.mdx'],
    shown: 'content/lessons/<lang>/<slug>.mdx',
    perLanguage: true,
    format: 'mdx',
  },
  schema: lessonSchema,
  loader: { collection: true },
  mdx: { components: lessonComponentRules, componentDocs: 'docs/lesson-components.md' },
  search: {
    type: 'lesson',
    documents: ({ entries, locale, defaultLocale }) =>
      lessonDocuments(entries<LessonData>('lessons'), locale, defaultLocale),
  },
  template: { command: 'lesson' },
  offline: { precache: ['<lang>/lessons/**/index.html'] },
  fieldDocs: {
    schemaFile: 'lesson',
    title: 'Lesson (front matter)',
    source: { file: 'src/schemas/lesson.ts', exportName: 'lessonSchema' },
  },
  pages: { list: 'lessons', entry: 'lessons/<slug>' },
});
