import { teacherGuideDocuments } from '../lib/search/documents.ts';
import { teacherGuideComponentRules } from '../schemas/content-components.ts';
import { teacherGuideSchema, type TeacherGuideData } from '../schemas/teacher-guide.ts';
import { defineKind } from './kind.ts';

/** Class plans, one per lesson at most, under the lesson's slug. */
export const teacherGuides = defineKind({
  id: 'teacherGuides',
  title: 'Teacher guide (front matter)',
  names: { one: 'teacher guide', many: 'teacher guides' },
  files: {
    entry: 'teacher-guides',
    globs: ['teacher-guides/*/*.mdx'],
    shown: 'content/teacher-guides/<lang>/<lesson slug>.mdx',
    perLanguage: true,
    format: 'mdx',
  },
  schema: teacherGuideSchema,
  loader: { collection: true },
  mdx: { components: teacherGuideComponentRules, componentDocs: 'docs/teacher-guides.md' },
  search: {
    // Found under "Lessons": a teacher looks for a class on a topic, and the guide sits beside its lesson.
    type: 'lesson',
    documents: ({ entries, locale, defaultLocale }) =>
      teacherGuideDocuments(entries<TeacherGuideData>('teacherGuides'), locale, defaultLocale),
  },
  template: { command: 'teacher-guide' },
  // Under lessons/<slug>/teacher-guide/, so the lessons' pattern precaches them.
  offline: { precache: ['<lang>/lessons/**/index.html'] },
  fieldDocs: {
    schemaFile: 'teacher-guide',
    title: 'Teacher guide (front matter)',
    source: { file: 'src/schemas/teacher-guide.ts', exportName: 'teacherGuideSchema' },
  },
  pages: { entry: 'lessons/<slug>/teacher-guide' },
});
