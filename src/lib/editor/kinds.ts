import type { z } from 'zod';
import { advisorySchema } from '../../schemas/advisory.ts';
import {
  advisoryComponentRules,
  lessonComponentRules,
  pageComponentRules,
  teacherGuideComponentRules,
  type ContentComponent,
} from '../../schemas/content-components.ts';
import { lessonSchema } from '../../schemas/lesson.ts';
import { pageSchema } from '../../schemas/page.ts';
import { quizSchema } from '../../schemas/quiz.ts';
import { sensorSchema } from '../../schemas/sensor.ts';
import { teacherGuideSchema } from '../../schemas/teacher-guide.ts';
import { sensorFieldVocabulary, type VocabularyName } from '../register/vocabularies.ts';

/**
 * What the editor's configuration is made from: one entry per kind of content file the
 * communications team edits in the browser. Taxonomy, glossary, facts and districts files are
 * lists the developers keep (docs/editing.md): they are not offered.
 */
export interface EditorKind {
  /** Collection name in the editor (and in its addresses: /admin/#/collections/<id>). */
  id: string;
  /** Plural and singular label the editor shows. */
  label: string;
  labelSingular: string;
  /** Folder under the repository root. */
  folder: string;
  /** MDX: front matter fields plus a body; YAML: fields only. */
  format: 'mdx' | 'yaml';
  /** Files are `<folder>/<lang>/<slug>.<ext>`, one per language; else `<folder>/<slug>.<ext>`, texts per language inside. */
  perLanguage: boolean;
  /** The field whose text names a new file (lowercased, hyphenated: the page address). */
  identifierField: string;
  schema: z.ZodType;
  /** Fields whose values are term ids, and the vocabulary (content/taxonomy/<name>.yaml) they come from. */
  vocabularyFields?: Record<string, VocabularyName | 'legal-bases' | 'organisations'>;
  /** The components an MDX body may use, offered as blocks. */
  components?: Record<string, ContentComponent>;
}

export const editorKinds: EditorKind[] = [
  {
    id: 'register',
    label: 'Register: devices',
    labelSingular: 'Device',
    folder: 'content/register',
    format: 'yaml',
    perLanguage: false,
    identifierField: 'name.en',
    schema: sensorSchema,
    vocabularyFields: {
      ...sensorFieldVocabulary,
      'legalBasis.basis': 'legal-bases',
      organisation: 'organisations',
    },
  },
  {
    id: 'advisories',
    label: 'Advisories',
    labelSingular: 'Advisory',
    folder: 'content/advisories',
    format: 'mdx',
    perLanguage: true,
    identifierField: 'title',
    schema: advisorySchema,
    components: advisoryComponentRules,
    vocabularyFields: { 'affected.kinds': 'kinds' },
  },
  {
    id: 'lessons',
    label: 'Lessons',
    labelSingular: 'Lesson',
    folder: 'content/lessons',
    format: 'mdx',
    perLanguage: true,
    identifierField: 'title',
    schema: lessonSchema,
    components: lessonComponentRules,
  },
  {
    id: 'pages',
    label: 'Site pages',
    labelSingular: 'Page',
    folder: 'content/pages',
    format: 'mdx',
    perLanguage: true,
    identifierField: 'title',
    schema: pageSchema,
    components: pageComponentRules,
  },
  {
    id: 'teacher-guides',
    label: 'Teacher guides',
    labelSingular: 'Teacher guide',
    folder: 'content/teacher-guides',
    format: 'mdx',
    perLanguage: true,
    identifierField: 'title',
    schema: teacherGuideSchema,
    components: teacherGuideComponentRules,
  },
  {
    id: 'quizzes',
    label: 'Quizzes',
    labelSingular: 'Quiz',
    folder: 'content/quizzes',
    format: 'yaml',
    perLanguage: true,
    identifierField: 'title',
    schema: quizSchema,
  },
];
