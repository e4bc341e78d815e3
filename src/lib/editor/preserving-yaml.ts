import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair } from 'yaml';
import { readAsBooleanInYaml11, yamlText } from '../content/yaml-text.ts';

/**
 * YAML that survives the editor: a file is written back from the data the editor hands over by
 * changing only the text of what changed. An untouched entry is written back byte for byte; a
 * changed scalar (a text, a date, a number) replaces just its own characters, so the comments,
 * quoting, folding and order of everything else stay as the author wrote them. A changed list or
 * object rewrites only the top-level field it belongs to. (Re-serialising the whole file, as
 * editors do, refolds long texts and moves quotes in about half of content/.)
 */

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Reads YAML the way the content check does (YAML 1.2: dates and "yes" stay strings). */
export function parseYaml(text: string): Record<string, Plain> {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw document.errors[0]!;
  const data = document.toJS() as unknown;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, Plain>) : {};
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && Object.values(value).every(isEmpty));

/**
 * What the editor's form means: a field left empty is no field. (Forms hand over '' or [] for
 * every optional field they show; the file should not gain `activeUntil: ''`.)
 */
export function withoutEmptyFields(value: unknown): Plain | undefined {
  if (Array.isArray(value)) return value.map((item) => withoutEmptyFields(item) ?? null);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmptyFields(item)] as const)
      .filter(([, item]) => !isEmpty(item));
    return Object.fromEntries(entries) as Plain;
  }
  return value as Plain | undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A scalar written in flow position on one line, quoted as the one it replaces was; else plain
 * when YAML reads it back the same and YAML 1.1 readers do not take it for a boolean
 * (yaml-text.ts), double-quoted otherwise.
 */
function scalarText(value: Plain, like?: Scalar): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  if (like?.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (like?.type === Scalar.QUOTE_SINGLE && !value.includes('\n')) return `'${value.replaceAll("'", "''")}'`;
  const plain = yamlText(value).trimEnd();
  return !plain.includes('\n') && !readAsBooleanInYaml11(plain) && parseYaml(`v: ${plain}`)['v'] === value
    ? plain
    : JSON.stringify(value);
}

/** A top-level field written afresh, in the style this site's files use. */
function fieldText(key: string, value: Plain): string {
  return yamlText({ [key]: value }, { flowCollectionPadding: false });
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The text range of a top-level field: from its key to the end of its value's last line. */
function pairRange(source: string, pair: Pair<Node, Node | null>): { start: number; end: number } {
  const start = pair.key!.range![0];
  const valueEnd = pair.value?.range?.[1] ?? pair.key!.range![1];
  const lineEnd = source.indexOf('\n', valueEnd - 1);
  return { start, end: lineEnd === -1 ? source.length : lineEnd + 1 };
}

/** Edits that turn `before` into `after` inside one value node, scalar by scalar where the shapes match. */
function nestedEdits(text: string, node: Node | null, before: Plain, after: Plain): Edit[] | undefined {
  // The form leaves out what is empty (`conformity: []`): the same as the file says.
  if (sameValue(withoutEmptyFields(before), after)) return [];
  if (isScalar(node) && typeof after !== 'object' && node.range) {
    // A block scalar's range ends with its line break; keep it.
    const lineBreak = /\n*$/.exec(text.slice(node.range[0], node.range[1]))?.[0] ?? '';
    return [{ start: node.range[0], end: node.range[1], text: scalarText(after, node) + lineBreak }];
  }
  if (isSeq(node) && Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    const edits: Edit[] = [];
    for (let index = 0; index < after.length; index++) {
      const inner = nestedEdits(text, node.items[index] as Node, before[index]!, after[index]!);
      if (!inner) return undefined;
      edits.push(...inner);
    }
    return edits;
  }
  if (isMap(node) && isRecord(before) && isRecord(after)) {
    // Keys the form left out must be empty in the file; keys the file lacks need the field rewritten.
    const kept = Object.keys(before).filter((key) => key in after || !isEmpty(before[key]));
    if (kept.length !== Object.keys(after).length || !kept.every((key) => key in after)) return undefined;
    const edits: Edit[] = [];
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown }).value);
      if (!(key in after)) continue;
      const inner = nestedEdits(text, pair.value as Node, before[key]!, after[key]!);
      if (!inner) return undefined;
      edits.push(...inner);
    }
    return edits;
  }
  return undefined;
}

const isRecord = (value: unknown): value is Record<string, Plain> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The YAML text of `data`, written over `original` (the file as it was read): the original text
 * when nothing changed, else the original with only the changed parts rewritten.
 */
export function writeYaml(data: Record<string, unknown>, original?: string): string {
  const after = (withoutEmptyFields(data) ?? {}) as Record<string, Plain>;
  if (original === undefined || original.trim() === '') return Object.keys(after).length ? fieldsText(after) : '';
  const document: Document = parseDocument(original);
  const before = parseYaml(original);
  if (sameValue(withoutEmptyFields(before), after) || !isMap(document.contents)) {
    return sameValue(withoutEmptyFields(before), after) ? original : fieldsText(after);
  }
  const edits: Edit[] = [];
  const pairs = document.contents.items as Pair<Node, Node | null>[];
  let lastEnd = 0;
  for (const pair of pairs) {
    const key = String((pair.key as { value?: unknown }).value);
    const range = pairRange(original, pair);
    lastEnd = Math.max(lastEnd, range.end);
    if (!(key in after)) {
      // A field the form emptied goes; one the form does not know, or empty in the file too, stays as it is.
      if (key in data && !isEmpty(before[key])) edits.push({ ...range, text: '' });
      continue;
    }
    const inner = nestedEdits(original, pair.value as Node, before[key]!, after[key]!);
    edits.push(...(inner ?? [{ ...range, text: fieldText(key, after[key]!) }]));
  }
  const added = Object.keys(after).filter((key) => !(key in before));
  // New fields go after the last one, in the order of the form.
  if (added.length > 0) {
    const text = added.map((key) => fieldText(key, after[key]!)).join('');
    const separator = lastEnd > 0 && !original.slice(0, lastEnd).endsWith('\n') ? '\n' : '';
    edits.push({ start: lastEnd, end: lastEnd, text: separator + text });
  }
  let result = original;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

function fieldsText(data: Record<string, Plain>): string {
  return Object.entries(data)
    .map(([key, value]) => fieldText(key, value))
    .join('');
}
