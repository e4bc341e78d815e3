import type { z } from 'zod';
import type { ContentError } from './content-error.ts';
import { closestNames } from '../closest-names.ts';
import { knownFields } from './known-fields.ts';
import type { YamlFile } from './yaml-file.ts';
import { SMART_DASH_ITEM, SMART_DASH_LIST } from './yaml-syntax.ts';

/** A problem with one field, by its path, said so that an editor can act on it. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Checks `data` against a content schema. On failure every problem is explained for an editor,
 * and every unknown field is its own problem at its own path (so its own line), with the known
 * fields closest to it: a misspelt optional field would otherwise be dropped without a word.
 */
export function checkFields<T>(schema: z.ZodType<T>, data: unknown): { data?: T; issues: FieldIssue[] } {
  const parsed = schema.safeParse(data);
  if (parsed.success) return { data: parsed.data, issues: [] };
  // A text where a list belongs is also "too short" or "too long" as a list: say only the first.
  const wrongType = new Set(
    parsed.error.issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('.')),
  );
  const issues = parsed.error.issues.filter(
    (issue) => !((issue.code === 'too_big' || issue.code === 'too_small') && wrongType.has(issue.path.join('.'))),
  );
  return { issues: issues.flatMap((issue) => explainIssue(issue, schema, data)) };
}

/** Field problems as content errors of a file, with the line of each field when the YAML is known. */
export function fieldErrors(file: string, issues: readonly FieldIssue[], yaml?: YamlFile): ContentError[] {
  return issues.map((issue) => ({
    file,
    line: yaml?.lineOf(issue.path),
    field: issue.path.join('.'),
    message: issue.message,
  }));
}

function explainIssue(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown): FieldIssue[] {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  if (issue.code !== 'unrecognized_keys') return [{ path, message: explain(issue, valueAt(data, path)) }];
  const known = knownFields(schema, path, data) ?? [];
  return issue.keys.map((key) => ({ path: [...path, key], message: unknownFieldMessage(key, known) }));
}

function unknownFieldMessage(key: string, known: readonly string[]): string {
  const closest = closestNames(key, known);
  const ignored = `"${key}" is not a field here, so it would be ignored`;
  if (closest.length > 0) return `${ignored}: did you mean ${orList(closest)}?`;
  // A long list helps nobody find a field: the reference groups and explains them.
  if (known.length > 12) return `${ignored}. Remove it, or see docs/fields.md for the fields this file can have.`;
  return `${ignored}. The fields here are: ${known.join(', ')}.`;
}

function orList(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** What each kind of value looks like to someone editing YAML or a spreadsheet. */
const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'yes or no (true or false in YAML)',
  array: 'a list (in a CSV: ids separated by ";")',
  record: 'a text in each language, at least English (en)',
  object: 'the fields of this group',
};

/** zod's default messages speak to developers; say what to write instead. A schema's own message is kept. */
/**
 * `- Open the settings: install the update` is read by YAML as a group whose key is "Open the
 * settings": a colon followed by a space starts a value. Where a text was expected, say that.
 */
function isColonSplitText(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return false;
  const entries = Object.entries(value);
  return entries.length === 1 && (typeof entries[0]![1] === 'string' || entries[0]![1] === null);
}

function colonSplitMessage(value: Record<string, unknown>): string {
  const [key, rest] = Object.entries(value)[0]!;
  const text = `${key}:${rest === null ? '' : ` ${String(rest)}`}`;
  return `The colon after "${key}" made this a "name: value" pair instead of a text. Put the whole text in quotes: "${text.replaceAll('"', '\\"')}".`;
}

function explain(issue: z.core.$ZodIssue, value: unknown): string {
  const own = !/^(Invalid|Too (big|small))/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (own) return issue.message;
      if (issue.expected === 'array' && typeof value === 'string' && SMART_DASH_ITEM.test(value)) return SMART_DASH_LIST;
      if (issue.expected === 'string' && isColonSplitText(value)) return colonSplitMessage(value);
      return issue.message.endsWith('received undefined')
        ? `Required: fill in ${EXPECTED[issue.expected] ?? issue.expected}.`
        : `Write ${EXPECTED[issue.expected] ?? issue.expected} here.`;
    case 'invalid_value':
      return `Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'too_big':
    case 'too_small':
      return own ? issue.message : sizeAdvice(issue);
    case 'invalid_format':
      if (own) return issue.message;
      return (
        FORMATS[issue.format] ??
        'This is not written in the expected form: compare it with docs/fields.md or a file that works.'
      );
    case 'invalid_union':
      if (own) return issue.message;
      if (issue.path.at(-1) === 'location' || issue.path.at(-2) === 'location')
        return 'Set type to point (a fixed device: give lat and lng) or area (a mobile device: list its districts).';
      if ('options' in issue && Array.isArray(issue.options))
        return `Use one of: ${issue.options.map((option) => JSON.stringify(option)).join(', ')}.`;
      return 'This does not match any allowed form: compare it with docs/fields.md or a file that works.';
    default:
      return issue.message;
  }
}

const FORMATS: Record<string, string> = {
  url: 'Write a full web address starting with https://.',
  date: 'Write the date as YYYY-MM-DD, e.g. 2026-03-01.',
  email: 'Write a full e-mail address such as name@example.org.',
};

function sizeAdvice(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  switch (issue.origin) {
    case 'number':
    case 'int':
      return big ? `Use a number no higher than ${limit}.` : `Use a number no lower than ${limit}.`;
    case 'string':
      return big ? `Shorten this to ${limit} characters or fewer.` : `Write at least ${limit} characters.`;
    case 'array':
      return big ? `List at most ${limit} items.` : `List at least ${limit} item${limit === 1 ? '' : 's'}.`;
    default:
      return issue.message;
  }
}
