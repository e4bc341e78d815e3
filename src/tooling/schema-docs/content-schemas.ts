import { z } from 'zod';
import { contentJsonSchema } from '../../lib/content/json-schema.ts';
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
    const json = contentJsonSchema(kind.schema, { codes: languages.locales, defaultCode: languages.defaultLocale });
    json['title'] = `${kind.title}: ${kind.files}`;
    describe(json, { file: `${root}/${kind.source.file}`, exportName: kind.source.exportName });
    result.set(kind, json);
  }
  return result;
}
