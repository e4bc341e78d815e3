import { z } from 'zod';
import { districtsSchema } from '../../schemas/district.ts';
import { factsSchema } from '../../schemas/facts.ts';
import { glossarySchema, lessonSchema } from '../../schemas/lesson.ts';
import { perLanguageTexts } from '../../schemas/localized-text.ts';
import { organisationsSchema } from '../../schemas/organisation.ts';
import { pageSchema } from '../../schemas/page.ts';
import { quizSchema } from '../../schemas/quiz.ts';
import { sensorSchema } from '../../schemas/sensor.ts';
import { teacherGuideSchema } from '../../schemas/teacher-guide.ts';
import { legalBasesSchema, vocabularySchema } from '../../schemas/taxonomy.ts';
import { vocabularies } from '../../lib/register/vocabularies.ts';
import { schemaDescriber, type JsonSchema, type SchemaSource } from './jsdoc-descriptions.ts';

/** A kind of content file with its schema: documented in docs/fields.md, and for YAML and JSON a JSON Schema. */
export interface ContentKind {
  /** File name of its JSON Schema and its heading's anchor. */
  id: string;
  title: string;
  /** Where the files are, as editors see it. */
  files: string;
  schema: z.ZodType;
  source: SchemaSource;
  /** Globs of the files an editor validates with the JSON Schema; none for MDX front matter. */
  editorFiles?: { language: 'yaml' | 'json'; globs: string[] };
}

const separateVocabularies = ['legal-bases', 'organisations'];

export const contentKinds: ContentKind[] = [
  {
    id: 'register-entry',
    title: 'Register entry',
    files: 'content/register/<id>.yaml',
    schema: sensorSchema,
    source: { file: 'src/schemas/sensor.ts', exportName: 'sensorSchema' },
    editorFiles: { language: 'yaml', globs: ['content/register/*.yaml'] },
  },
  {
    id: 'quiz',
    title: 'Quiz',
    files: 'content/quizzes/<lang>/<slug>.yaml',
    schema: quizSchema,
    source: { file: 'src/schemas/quiz.ts', exportName: 'quizSchema' },
    editorFiles: { language: 'yaml', globs: ['content/quizzes/*/*.yaml'] },
  },
  {
    id: 'glossary',
    title: 'Glossary',
    files: 'content/glossary/<lang>.yaml',
    schema: glossarySchema,
    source: { file: 'src/schemas/lesson.ts', exportName: 'glossarySchema' },
    editorFiles: { language: 'yaml', globs: ['content/glossary/*.yaml'] },
  },
  {
    id: 'vocabulary',
    title: 'Vocabulary',
    files: 'content/taxonomy/<vocabulary>.yaml',
    schema: vocabularySchema,
    source: { file: 'src/schemas/taxonomy.ts', exportName: 'vocabularySchema' },
    editorFiles: {
      language: 'yaml',
      globs: Object.keys(vocabularies)
        .filter((name) => !separateVocabularies.includes(name))
        .map((name) => `content/taxonomy/${name}.yaml`),
    },
  },
  {
    id: 'legal-bases',
    title: 'Legal bases',
    files: 'content/taxonomy/legal-bases.yaml',
    schema: legalBasesSchema,
    source: { file: 'src/schemas/taxonomy.ts', exportName: 'legalBasesSchema' },
    editorFiles: { language: 'yaml', globs: ['content/taxonomy/legal-bases.yaml'] },
  },
  {
    id: 'organisations',
    title: 'Organisations',
    files: 'content/taxonomy/organisations.yaml',
    schema: organisationsSchema,
    source: { file: 'src/schemas/organisation.ts', exportName: 'organisationsSchema' },
    editorFiles: { language: 'yaml', globs: ['content/taxonomy/organisations.yaml'] },
  },
  {
    id: 'districts',
    title: 'Districts',
    files: 'content/districts.geojson',
    schema: districtsSchema,
    source: { file: 'src/schemas/district.ts', exportName: 'districtsSchema' },
    editorFiles: { language: 'json', globs: ['content/districts.geojson'] },
  },
  {
    id: 'facts',
    title: 'Facts that change',
    files: 'content/facts.yaml',
    schema: factsSchema,
    source: { file: 'src/schemas/facts.ts', exportName: 'factsSchema' },
    editorFiles: { language: 'yaml', globs: ['content/facts.yaml'] },
  },
  {
    id: 'page',
    title: 'Site page (front matter)',
    files: 'content/pages/<lang>/<slug>.mdx',
    schema: pageSchema,
    source: { file: 'src/schemas/page.ts', exportName: 'pageSchema' },
  },
  {
    id: 'lesson',
    title: 'Lesson (front matter)',
    files: 'content/lessons/<lang>/<slug>.mdx',
    schema: lessonSchema,
    source: { file: 'src/schemas/lesson.ts', exportName: 'lessonSchema' },
  },
  {
    id: 'teacher-guide',
    title: 'Teacher guide (front matter)',
    files: 'content/teacher-guides/<lang>/<lesson slug>.mdx',
    schema: teacherGuideSchema,
    source: { file: 'src/schemas/teacher-guide.ts', exportName: 'teacherGuideSchema' },
  },
];

/** The site's languages (codes) and the one every text must have. */
export interface SiteLanguages {
  locales: readonly string[];
  defaultLocale: string;
}

/**
 * The JSON Schemas of every kind of content, with the JSDoc of each field as its description.
 * Texts per language list the site's languages, so that an editor offers them while typing.
 */
export function contentJsonSchemas(root: string, languages: SiteLanguages): Map<ContentKind, JsonSchema> {
  const describe = schemaDescriber([...new Set(contentKinds.map((kind) => `${root}/${kind.source.file}`))]);
  const result = new Map<ContentKind, JsonSchema>();
  for (const kind of contentKinds) {
    const json = z.toJSONSchema(kind.schema, {
      target: 'draft-7',
      io: 'input',
      unrepresentable: 'any',
      override: (context) => {
        const schema = context.jsonSchema as JsonSchema;
        const perLanguage = perLanguageTexts.get(context.zodSchema);
        if (perLanguage) {
          delete schema['propertyNames'];
          const text = { type: 'string', minLength: 1, ...perLanguage };
          schema.properties = Object.fromEntries(languages.locales.map((code) => [code, text]));
          schema.required = [languages.defaultLocale];
          schema.additionalProperties = false;
        } else if (context.zodSchema._zod.def.type === 'date') {
          schema.type = 'string';
          schema['format'] = 'date';
        }
      },
    }) as JsonSchema;
    json['title'] = `${kind.title}: ${kind.files}`;
    describe(json, { file: `${root}/${kind.source.file}`, exportName: kind.source.exportName });
    result.set(kind, json);
  }
  return result;
}
