import type { JsonSchema } from '../content/json-schema.ts';

/**
 * Decap CMS fields made from a kind's JSON Schema (draft 7, input side): labels from the field
 * names, hints from their descriptions, required flags, patterns and limits, selects for enums
 * and taxonomy terms, and texts per language as one group with a field per language.
 */

export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  [option: string]: unknown;
}

export interface SelectOption {
  label: string;
  value: string;
}

export interface FieldContext {
  /** The city's languages, default first: texts per language get a field each, in this order. */
  locales: { code: string; name: string }[];
  /** Options for fields that take taxonomy term ids, by field path (`legalBasis.basis`). */
  vocabularyOptions: Map<string, SelectOption[]>;
  /** Translated kinds (one file per language): texts are per language, other values the same in every file. */
  perLanguageFiles: boolean;
}

/** "dataTypes" → "Data types", "dpia" → "Dpia": the field name as words, as the docs write it. */
export function fieldLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Messages for the patterns the schemas use, so that a form says what to type, not a regular
 * expression. Decap shows them as "Retention didn't match the pattern: <message>." and adds the
 * full stop itself: they end without one.
 */
const patternMessages: [RegExp, string][] = [
  [/\\d\{4\}/, 'Write the date as YYYY-MM-DD, e.g. 2026-11-30'],
  [/^\^\[a-z0-9\]\+\(-\[a-z0-9\]\+\)\*\$$/, 'Use lowercase letters, digits and hyphens, e.g. "air-quality"'],
  [
    /^\^\[a-z0-9\]\+\(-\[a-z0-9\]\+\)\*\(#/,
    'Write the lesson slug, optionally with a section: "updates" or "updates#why-updates-matter"',
  ],
  [/^\^none\$\|\^P/, 'Write how long as P30D (30 days), PT72H (72 hours), P1Y (1 year), or "none"'],
  [/^\^P/, 'Write a period as ISO 8601, e.g. P28D (28 days) or P1Y (one year)'],
  [/^\^\[56\]/, 'Write a provision number such as "5.1" or "5.13"'],
];

/** The message for a schema's pattern; a pattern without one stops the build, so no form shows a regex. */
export function patternMessage(pattern: string): string {
  const message = patternMessages.find(([test]) => test.test(pattern))?.[1];
  if (message === undefined) {
    throw new Error(
      `The editor has no message for the pattern ${pattern}: add one that says what to type to patternMessages in src/lib/editor/fields.ts.`,
    );
  }
  return message;
}

/** One pattern for a text: the schema's own plus its length limits, with a message naming both. */
function textPattern(schema: JsonSchema): [string, string] | undefined {
  const min = schema['minLength'] as number | undefined;
  const max = schema['maxLength'] as number | undefined;
  const own = schema['pattern'] as string | undefined;
  const limits = (min ?? 0) > 1 || max !== undefined;
  if (!own && !limits) return undefined;
  const length = limits ? `(?=[\\s\\S]{${min ?? 0},${max ?? ''}}$)` : '';
  const lengthMessage = max !== undefined ? `Keep it to ${max} characters` : `Write at least ${min} characters`;
  if (!own)
    return [
      `^${length}[\\s\\S]*$`,
      (min ?? 0) > 1 && max !== undefined ? `Write ${min} to ${max} characters` : lengthMessage,
    ];
  const body = own.replace(/^\^/, '').replace(/\$$/, '');
  return [`^${length}(?:${body})$`, limits ? `${patternMessage(own)}. ${lengthMessage}` : patternMessage(own)];
}

const isTextsPerLanguage = (schema: JsonSchema, context: FieldContext): boolean =>
  schema.type === 'object' &&
  schema.additionalProperties === false &&
  !!schema.properties &&
  Object.keys(schema.properties).length === context.locales.length &&
  context.locales.every(({ code }) => schema.properties![code]?.type === 'string');

/** Names of plain strings that hold sentences (the rest are names, addresses, dates, codes). */
const proseNames = new Set(['text', 'explanation', 'feedback', 'note', 'description', 'summary', 'question']);

/**
 * A text area for sentences, a single line for the rest: texts per language without a short cap,
 * plain strings with a long cap or a name that says they hold sentences.
 */
const isLongText = (schema: JsonSchema, name: string, perLanguage = false) => {
  const max = schema['maxLength'] as number | undefined;
  if (schema['pattern'] || schema['format']) return false;
  if (max !== undefined) return max > 160;
  return perLanguage || proseNames.has(name);
};

/** The schema without `null` as one of its types (nullable fields are optional in a form). */
function nonNull(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf ?? schema.oneOf;
  if (options && options.some((option) => option.type === 'null')) {
    const rest = options.filter((option) => option.type !== 'null');
    const description = schema.description ?? rest[0]?.description;
    if (rest.length === 1) return { ...rest[0], ...(description ? { description } : {}) };
  }
  return schema;
}

/** Variants of a tagged union: objects that each fix one property (`type: point`) to a constant. */
function taggedUnion(schema: JsonSchema): { tag: string; variants: JsonSchema[] } | undefined {
  const variants = schema.oneOf ?? schema.anyOf;
  if (!variants || !variants.every((variant) => variant.type === 'object' && variant.properties)) return undefined;
  const tag = Object.keys(variants[0]!.properties!).find((key) =>
    variants.every((variant) => variant.properties![key]?.['const'] !== undefined),
  );
  return tag ? { tag, variants } : undefined;
}

const TERM_ID = '^[a-z0-9]+(-[a-z0-9]+)*$';

/**
 * Values that are the same in every language's file (the content check compares them: an
 * advisory's severity, a lesson's level and order): choices, numbers, yes/no and ids. The editor
 * takes them from the default language (`i18n: duplicate`). Decap allows that for single values
 * only: lists (of lesson ids, say) stay per language, and the check says when they differ.
 */
function sameInEveryLanguage(schema: JsonSchema): boolean {
  if (schema.type === 'array') return false;
  if (['boolean', 'number', 'integer'].includes(String(schema.type))) return true;
  return Array.isArray(schema['enum']) || schema['pattern'] === TERM_ID;
}

/**
 * The field for one property. In translated kinds (a file per language) texts and dates are
 * written per language, the rest once (sameInEveryLanguage).
 */
export function editorField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  path: string,
  context: FieldContext,
): EditorField {
  const shape = nonNull(schema);
  const field = untranslatedField(name, shape, required, path, context);
  if (!context.perLanguageFiles) return field;
  return { ...field, i18n: sameInEveryLanguage(shape) ? 'duplicate' : true };
}

function untranslatedField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  path: string,
  context: FieldContext,
): EditorField {
  const base: EditorField = { name, label: fieldLabel(name), widget: 'string', required };
  if (schema.description) base.hint = schema.description;

  const options = context.vocabularyOptions.get(path);
  const enumValues = (schema['enum'] ?? schema.items?.['enum']) as string[] | undefined;
  if (options || enumValues) {
    const choices = options ?? enumValues!.map((value) => ({ label: value, value }));
    const multiple = schema.type === 'array';
    return {
      ...base,
      widget: 'select',
      options: choices,
      ...(multiple ? { multiple: true, ...limits(schema, 'minItems', 'maxItems', 'min', 'max') } : {}),
    };
  }

  if (isTextsPerLanguage(schema, context)) {
    const texts = context.locales.map(({ code, name: languageName }) => {
      const text = schema.properties![code]!;
      const pattern = textPattern(text);
      return {
        name: code,
        label: languageName,
        widget: isLongText(text, name, true) ? 'text' : 'string',
        required: (schema.required ?? []).includes(code) && required,
        ...(pattern ? { pattern } : {}),
      };
    });
    return { ...base, widget: 'object', collapsed: false, fields: texts };
  }

  const union = taggedUnion(schema);
  if (union) return unionObject(base, union, path, context);

  switch (schema.type) {
    case 'boolean':
      // A switch left off means no: Decap would otherwise call it missing ("Personal data is required").
      return { ...base, widget: 'boolean', ...(required ? { default: schema['default'] ?? false } : {}) };
    case 'integer':
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
        ...limits(schema, 'minimum', 'maximum', 'min', 'max'),
      };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: objectFields(schema, path, context, required) };
    case 'array':
      return listField(base, schema, path, context);
    default: {
      const pattern = textPattern(schema);
      return {
        ...base,
        widget: isLongText(schema, name) ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
      };
    }
  }
}

function limits(schema: JsonSchema, minKey: string, maxKey: string, min: string, max: string) {
  const result: Record<string, number> = {};
  const low = schema[minKey] as number | undefined;
  const high = schema[maxKey] as number | undefined;
  if (low !== undefined) result[min] = low;
  if (high !== undefined && high < Number.MAX_SAFE_INTEGER) result[max] = high;
  return result;
}

/**
 * Whether a form can show the property. Maps keyed by free names (`otherDetails: { purposes: … }`)
 * and values of any shape cannot be a Decap field; the file keeps them as written
 * (preserving-yaml.ts), and docs/editing.md says to edit them in the file.
 */
export function hasFormField(schema: JsonSchema): boolean {
  const shape = nonNull(schema);
  if (shape.type === 'object' && !shape.properties) return false;
  return Object.keys(shape).some((key) => key !== 'description');
}

/**
 * The fields of an object's properties. Inside an optional group nothing is required: Decap would
 * otherwise refuse to save an entry that leaves the whole group out (a device without a DPIA).
 */
export function objectFields(
  schema: JsonSchema,
  path: string,
  context: FieldContext,
  groupRequired = true,
): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([, property]) => hasFormField(property))
    .map(([name, property]) =>
      editorField(name, property, groupRequired && required.has(name), path ? `${path}.${name}` : name, context),
    );
}

function listField(base: EditorField, schema: JsonSchema, path: string, context: FieldContext): EditorField {
  const items = schema.items ?? {};
  const list = { ...base, widget: 'list', ...limits(schema, 'minItems', 'maxItems', 'min', 'max') };
  const union = taggedUnion(items);
  if (union) {
    return {
      ...list,
      typeKey: union.tag,
      types: union.variants.map((variant) => {
        const value = variant.properties![union.tag]!['const'] as string;
        const rest = { ...variant, properties: { ...variant.properties } };
        delete rest.properties[union.tag];
        return { name: value, label: fieldLabel(value), widget: 'object', fields: objectFields(rest, path, context) };
      }),
    };
  }
  if (items.type === 'object') return { ...list, fields: objectFields(items, path, context, true) };
  const field = editorField('item', items, true, path, context);
  return { ...list, field: { ...field, label: base.label } };
}

/** A tagged union as one group: the tag as a select, every variant's fields, only the tag required. */
function unionObject(
  base: EditorField,
  union: { tag: string; variants: JsonSchema[] },
  path: string,
  context: FieldContext,
): EditorField {
  const fields = new Map<string, EditorField>();
  const tags = union.variants.map((variant) => variant.properties![union.tag]!);
  // Each choice with what it means, where the schema says so ("point: a device fixed in one place.").
  const hint = tags
    .filter((tag) => tag.description)
    .map((tag) => `${String(tag['const'])}: ${tag.description}`)
    .join(' ');
  fields.set(union.tag, {
    name: union.tag,
    label: fieldLabel(union.tag),
    widget: 'select',
    required: true,
    options: tags.map((tag) => String(tag['const'])),
    ...(hint ? { hint } : {}),
  });
  for (const variant of union.variants) {
    for (const field of objectFields(variant, path, context)) {
      if (!fields.has(field.name)) fields.set(field.name, { ...field, required: false });
    }
  }
  return { ...base, widget: 'object', collapsed: false, fields: [...fields.values()] };
}
