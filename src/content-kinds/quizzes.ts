import { quizDocuments } from '../lib/search/documents.ts';
import { quizSchema, type QuizData } from '../schemas/quiz.ts';
import { defineKind } from './kind.ts';

/** Quizzes on the lessons, one YAML file per language. */
export const quizzes = defineKind({
  id: 'quizzes',
  title: 'Quiz',
  names: { one: 'quiz', many: 'quizzes' },
  files: {
    entry: 'quizzes',
    globs: ['quizzes/*/*.yaml'],
    shown: 'content/quizzes/<lang>/<slug>.yaml',
    perLanguage: true,
    format: 'yaml',
  },
  schema: quizSchema,
  loader: { collection: true },
  search: {
    type: 'quiz',
    documents: ({ entries, locale, defaultLocale }) =>
      quizDocuments(entries<QuizData>('quizzes'), locale, defaultLocale),
  },
  template: { command: 'quiz' },
  offline: { precache: ['<lang>/quizzes/index.html', '<lang>/quizzes/*/index.html', 'data/quizzes/<lang>-*.json'] },
  fieldDocs: {
    schemaFile: 'quiz',
    title: 'Quiz',
    source: { file: 'src/schemas/quiz.ts', exportName: 'quizSchema' },
  },
  pages: { list: 'quizzes', entry: 'quizzes/<slug>' },
});
