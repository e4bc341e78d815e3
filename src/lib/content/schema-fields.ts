import { z } from 'zod';
import type { FieldMeta } from '../../schemas/field-meta.ts';
import { perLanguageText } from '../../schemas/localized-text.ts';

type AnySchema = z.core.$ZodType;

/** The shape of a value, as the exports, the importer and search need to know it. */
export type FieldValue =
  | 'text'
  | 'date'
  | 'number'
  | 'boolean'
  /** A list of plain values (ids): one cell, items joined by "; ". */
  | 'list'
  /** Text per language: one cell per language. */
  | 'per-language'
  /** Fields of its own, listed after it. */
  | 'group'
  /** One of several groups (a point or an area): their fields are listed after it. */
  | 'choice'
  /** Anything else (a list of events, a table of explanations): written as JSON. */
  | 'structured';

/** One field of a schema, nested fields included, with the metadata written beside its rules. */
export interface SchemaField {
  /** Its path from the top: `['security', 'updates']`. */
  path: readonly string[];
  value: FieldValue;
  required: boolean;
  meta: FieldMeta;
  schema: AnySchema;
}

/** Wrappers that describe the same value as the schema they wrap. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  format?: string;
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** The schema under optional(), default() and pipes, and whether the field may be left out. */
function unwrapped(schema: AnySchema): { inner: AnySchema; required: boolean } {
  let inner = schema;
  let required = true;
  for (;;) {
    const def = defOf(inner);
    if (WRAPPERS.has(def.type) && def.innerType) {
      if (def.type !== 'nonoptional') required = false;
      inner = def.innerType;
    } else if (def.type === 'pipe' && def.in) inner = def.in;
    else return { inner, required };
  }
}

/**
 * The metadata of a field: what `.meta()` gave the outermost schema, merged over what the schemas
 * it wraps carry (zod's registry already merges the metadata of the schema a copy was made from).
 */
export function fieldMeta(schema: AnySchema): FieldMeta {
  const layers: FieldMeta[] = [];
  let current: AnySchema | undefined = schema;
  while (current) {
    const meta = z.globalRegistry.get(current) as FieldMeta | undefined;
    if (meta) layers.unshift(meta);
    const def = defOf(current);
    current = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
  }
  return Object.assign({}, ...layers) as FieldMeta;
}

function valueOf(schema: AnySchema): FieldValue {
  if (perLanguageText(schema)) return 'per-language';
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return def.format === 'date' ? 'date' : 'text';
    case 'enum':
    case 'literal':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'group';
    case 'union':
      return def.options!.every((option) => defOf(unwrapped(option).inner).type === 'object') ? 'choice' : 'text';
    case 'array': {
      const item = valueOf(unwrapped(def.element!).inner);
      return item === 'text' || item === 'date' || item === 'number' ? 'list' : 'structured';
    }
    default:
      return 'structured';
  }
}

/**
 * Every field of an object schema in the order it is written, each followed by its own fields
 * (a group's, or those of every form of a choice, each path once), with its metadata.
 */
export function schemaFields(schema: AnySchema, prefix: readonly string[] = []): SchemaField[] {
  const shape = defOf(unwrapped(schema).inner).shape ?? {};
  return Object.entries(shape).flatMap(([name, field]) => {
    const { inner, required } = unwrapped(field);
    const meta = fieldMeta(field);
    const own: SchemaField = { path: [...prefix, name], value: meta.holds === 'date' ? 'date' : valueOf(inner), required, meta, schema: field };
    if (own.value === 'group') return [own, ...schemaFields(inner, own.path)];
    if (own.value === 'choice') return [own, ...mergedForms(defOf(inner).options!.map((option) => schemaFields(option, own.path)))];
    return [own];
  });
}

/**
 * The fields of every form of a choice, each path once, in an order that keeps each form's own
 * order: a field only one form has comes just before the next field the forms share (a point's
 * `lat`, `lng` and an area's `districts` both before the shared `description`). A field the forms
 * describe differently gets every description, each with the form's value when it is a literal.
 */
function mergedForms(forms: readonly SchemaField[][]): SchemaField[] {
  const merged: SchemaField[] = [];
  const key = (field: SchemaField) => field.path.join('.');
  for (const form of forms) {
    form.forEach((field, index) => {
      const existing = merged.find((other) => key(other) === key(field));
      if (existing) {
        const described = formDescription(field);
        const known = existing.meta.description ?? '';
        if (described && !known.includes(described)) {
          existing.meta = { ...existing.meta, description: [formDescription(existing), described].join(' ') };
        }
        return;
      }
      const next = form.slice(index + 1).find((later) => merged.some((other) => key(other) === key(later)));
      const at = next ? merged.findIndex((other) => key(other) === key(next)) : merged.length;
      merged.splice(at, 0, { ...field, meta: { ...field.meta } });
    });
  }
  return merged;
}

/** A field's description, led by its value when the field is a literal (`point: A device fixed ...`). */
function formDescription(field: SchemaField): string {
  const def = defOf(unwrapped(field.schema).inner) as Def & { values?: unknown[] };
  const description = field.meta.description ?? '';
  return def.type === 'literal' && def.values?.length === 1 && !description.startsWith(`${String(def.values[0])}:`)
    ? `${String(def.values[0])}: ${description}`
    : description;
}

/** The value at a field's path in an entry, or undefined. */
export function valueAt(entry: unknown, path: readonly string[]): unknown {
  let node = entry;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}
