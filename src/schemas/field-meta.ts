/**
 * What the site knows about a field besides its rules, written beside the rules in the schema with
 * zod's `.meta({...})`: one place, read at run time by the field reference and the JSON Schemas,
 * the open-data exports, the importer, search and the pages (src/lib/content/schema-fields.ts).
 */
export interface FieldMeta {
  /** What the field means, for editors: docs/fields.md, the JSON Schemas, the export's column notes. */
  description?: string;
  /**
   * The UI string (src/i18n/locales) that names the field where residents see it, in every
   * language: the device page, its change history (`field.retention`).
   */
  label?: string;
  /** Text that search finds, and where in a result it counts: title (most), summary or body. */
  searchable?: 'title' | 'summary' | 'body';
  /** The CSV/XLSX column's name, when it is not the field's path in snake_case. */
  column?: string;
  /** Why a text residents read is not found by search (every such text is searchable or says why not). */
  notSearched?: string;
  /**
   * What the value is when its rules cannot tell: a date or a fixed word (`dateOr`) is a date for
   * the importer, which reads day-first dates when a mapping says so; a duration is read as one.
   */
  holds?: 'date' | 'duration';
  /** The vocabulary its ids come from (content/taxonomy/<vocabulary>.yaml, `districts`, `organisations`). */
  vocabulary?: string;
  /** The UI-string prefix of the words for its values: `signage.` + `planned`. */
  values?: string;
  /** Why the field has no column in the CSV/XLSX exports (it is then in the JSON export only). */
  notExported?: string;
}

/** The keys of FieldMeta that are this site's own, not JSON Schema keywords (the record lists every one). */
const siteKeys: Record<Exclude<keyof FieldMeta, 'description'>, true> = {
  label: true,
  searchable: true,
  notSearched: true,
  column: true,
  holds: true,
  vocabulary: true,
  values: true,
  notExported: true,
};
export const siteMetaKeys = Object.keys(siteKeys) as (keyof typeof siteKeys)[];

// zod's documented way to type `.meta()`: every schema's metadata may hold these keys.
declare module 'zod' {
  interface GlobalMeta extends Omit<FieldMeta, 'description'> {}
}
