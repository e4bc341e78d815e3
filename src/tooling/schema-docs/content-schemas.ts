import { z } from 'zod';
import { contentJsonSchema, type JsonSchema } from '../../lib/content/json-schema.ts';
import { siteMetaKeys } from '../../schemas/field-meta.ts';
import { contentKinds as registry } from '../../content-kinds/index.ts';

/** A kind of content file with its schema: documented in docs/fields.md, and for YAML and JSON a JSON Schema. */
export interface ContentKind {
  /** File name of its JSON Schema and its heading's anchor. */
  id: string;
  title: string;
  /** Where the files are, as editors see it. */
  files: string;
  schema: z.ZodType;
  /** Globs of the files an editor validates with the JSON Schema; none for MDX front matter. */
  editorFiles?: { language: 'yaml' | 'json'; globs: string[] };
}

/** Every kind of the registry (src/content-kinds/), in its order; YAML and JSON kinds get a JSON Schema for editors. */
export const contentKinds: ContentKind[] = registry.map((kind) => ({
  id: kind.fieldDocs.schemaFile,
  title: kind.fieldDocs.title,
  files: kind.files.shown,
  schema: kind.schema,
  ...(kind.files.format === 'mdx'
    ? {}
    : { editorFiles: { language: kind.files.format, globs: kind.files.globs.map((glob) => `content/${glob}`) } }),
}));

export type { JsonSchema };

/** The site's languages (codes) and the one every text must have. */
export interface SiteLanguages {
  locales: readonly string[];
  defaultLocale: string;
}

/**
 * The JSON Schemas of every kind of content, with each field's `description` from its schema's
 * metadata (zod copies it). The site's own metadata (labels, search, export columns) is left out:
 * it means nothing to an editor. Texts per language list the site's languages, so that an editor
 * offers them while typing.
 */
export function contentJsonSchemas(languages: SiteLanguages): Map<ContentKind, JsonSchema> {
  const result = new Map<ContentKind, JsonSchema>();
  for (const kind of contentKinds) {
    const json = contentJsonSchema(kind.schema, { codes: languages.locales, defaultCode: languages.defaultLocale });
    withoutSiteMeta(json);
    json['title'] = `${kind.title}: ${kind.files}`;
    result.set(kind, json);
  }
  return result;
}

/**
 * Removes the site's own metadata (labels, search, export columns) from a JSON Schema, which zod
 * copies with the descriptions. Its values are words, so a field named `label` (an object) stays.
 */
function withoutSiteMeta(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const key of siteMetaKeys) if (typeof record[key] === 'string') delete record[key];
  for (const value of Object.values(record)) withoutSiteMeta(value);
}
