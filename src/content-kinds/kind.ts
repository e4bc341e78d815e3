import type { z } from 'zod';
import type { ContentEntry, SearchDocument } from '../lib/search/documents.ts';
import type { SearchType } from '../lib/search/index-format.ts';
import type { Register } from '../lib/register/load-register.ts';
import type { ContentComponent } from '../schemas/content-components.ts';
import type { GlossaryTerm } from '../schemas/lesson.ts';
import type { Translate } from '../i18n/index.ts';

/**
 * A kind of content: everything the site, the content check, search, `npm run new`, the service
 * worker and the field reference need to know about it, in one place. Each facet is either filled
 * in or replaced by a sentence saying why the kind has none; test/unit/content-kinds checks both.
 * Descriptors import no Astro module: build code and Node scripts read them alike.
 */
export interface ContentKind {
  /** The kind's name in code; for Astro collections also the collection's name. */
  id: string;
  /** As editors call it, in the field reference. */
  title: string;
  /** How messages and reports name one file or entry of the kind, and several. */
  names: { one: string; many: string };
  files: KindFiles;
  /** What a file holds (for MDX: its front matter). */
  schema: z.ZodType;
  /** How the site reads the files. */
  loader: { collection: true } | { reader: string };
  /** Only when `files.format` is mdx: the rules every MDX body of the kind follows. */
  mdx?: MdxFacet;
  search: { type: SearchType; documents: (input: SearchInput) => SearchDocument[] } | { notSearched: string };
  /** `npm run new -- <command> <name>` writes a starting file (src/lib/content-new). */
  template: { command: string } | { noTemplate: string };
  /** What each language's service worker keeps for offline use; `<lang>` stands for the language. */
  offline: { precache: readonly string[] } | { notPrecached: string };
  /** Where the fields are documented (docs/fields.md) and, for YAML and JSON, the JSON Schema (schemas/<file>.json). */
  fieldDocs: { schemaFile: string; title: string; source: { file: string; exportName: string } };
  /** The pages that show the kind, `/<lang>/…`, one entry page standing for all (the browser tests visit them). */
  pages: { list?: string; entry?: string } | { noPages: string };
}

export interface KindFiles {
  /** What sits directly under content/: the kind's folder, or its single file. */
  entry: string;
  /** Globs of the kind's files, relative to content/. */
  globs: readonly string[];
  /** The files as the docs write them: `content/lessons/<lang>/<slug>.mdx`. */
  shown: string;
  /** One file per language (`<lang>/…` or `<lang>.yaml`) rather than texts per language inside one file. */
  perLanguage: boolean;
  format: 'mdx' | 'yaml' | 'json';
}

export interface MdxFacet {
  /** The components its bodies may use without importing them. */
  components: Record<string, ContentComponent>;
  /** Where its components are documented for editors. */
  componentDocs: string;
}

/** What a kind's search documents are made from: the content as the build has loaded it. */
export interface SearchInput {
  locale: string;
  defaultLocale: string;
  /** A collection's entries (every language), with {{fact:id}} filled in. */
  entries<D>(collection: string): readonly ContentEntry<D>[];
  register: Register;
  glossaries: Record<string, GlossaryTerm[]>;
  /** The interface texts of `locale`, for facts shown beside a result. */
  t: Translate;
}

/** Keeps a descriptor's literal types (its format, its id) while checking it against ContentKind. */
export function defineKind<const K extends ContentKind>(kind: K): K {
  return kind;
}
