import { z } from 'zod';
import { perLanguageTexts } from '../../schemas/localized-text.ts';
import { contentKinds as registry } from '../../content-kinds/index.ts';
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

/** Every kind of the registry (src/content-kinds/), in its order; YAML and JSON kinds get a JSON Schema for editors. */
export const contentKinds: ContentKind[] = registry.map((kind) => ({
  id: kind.fieldDocs.schemaFile,
  title: kind.fieldDocs.title,
  files: kind.files.shown,
  schema: kind.schema,
  source: kind.fieldDocs.source,
  ...(kind.files.format === 'mdx'
    ? {}
    : { editorFiles: { language: kind.files.format, globs: kind.files.globs.map((glob) => `content/${glob}`) } }),
}));

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
