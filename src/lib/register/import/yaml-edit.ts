import { isMap, isScalar, isSeq, parse, parseDocument, Scalar, type Node, type Pair, type YAMLMap } from 'yaml';
import { yamlText } from '../../content/yaml-text.ts';
import { canonical } from '../changes/facts.ts';
import { entryYaml, FIELD_ORDER } from './entry-yaml.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The new text of an entry file that changes only the lines of what changed: a changed value is
 * replaced where it stands, in the same style (a quoted "yes" stays quoted, a flow list stays a
 * flow list, other languages' lines of a text stay untouched), a new field goes in its place, new
 * history events are appended. Comments and the layout of everything else are kept. If the
 * edited text would not read back as `after` exactly, the whole file is written afresh instead:
 * correct first, minimal where possible.
 */
export function editEntryText(original: string, after: Record<string, unknown>): string {
  const document = parseDocument(original, { uniqueKeys: true });
  const root = document.contents;
  if (document.errors.length > 0 || !isMap(root)) return entryYaml(after);
  const before = document.toJS() as Record<string, unknown>;
  const edits: Edit[] = [];
  try {
    const ordered = Object.fromEntries(
      [
        ...FIELD_ORDER.filter((key) => key in after),
        ...Object.keys(after).filter((key) => !FIELD_ORDER.includes(key)),
      ].map((key) => [key, after[key]]),
    );
    diffMap(original, root, before, ordered, edits, 0);
  } catch {
    return entryYaml(after);
  }
  let text = original;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  }
  try {
    if (canonical(parse(text)) === canonical(after)) return text;
  } catch {
    // Fall through to a fresh file.
  }
  return entryYaml(after);
}

class Unsupported extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function diffMap(
  source: string,
  map: YAMLMap,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  edits: Edit[],
  depth: number,
): void {
  if (map.flow) {
    if (canonical(before) !== canonical(after)) replaceNode(map, after, edits);
    return;
  }
  const pairs = map.items as Pair<Scalar, Node | null>[];
  const pairOf = (key: string) => pairs.find((pair) => isScalar(pair.key) && pair.key.value === key);
  for (const key of Object.keys(before)) {
    if (after[key] !== undefined) continue;
    edits.push(removePair(source, pairOf(key)!));
  }
  const keys = Object.keys(after);
  keys.forEach((key, index) => {
    const [old, value] = [before[key], after[key]];
    if (value === undefined || canonical(old) === canonical(value)) return;
    const pair = pairOf(key);
    if (!pair || old === undefined) {
      // A new field: before the next field that exists, or after the last one.
      const next = keys
        .slice(index + 1)
        .map(pairOf)
        .find(Boolean);
      edits.push(insertPair(source, map, key, value, next));
      return;
    }
    const node = pair.value;
    if (key === 'history' && depth === 0 && isSeq(node) && Array.isArray(old) && Array.isArray(value)) {
      const kept = value.slice(0, old.length);
      if (canonical(kept) !== canonical(old)) throw new Unsupported();
      edits.push(appendItems(source, node, value.slice(old.length)));
    } else if (isMap(node) && isObject(old) && isObject(value)) {
      diffMap(source, node, old, value, edits, depth + 1);
    } else if (node) {
      replaceNode(node, value, edits);
    } else {
      throw new Unsupported();
    }
  });
}

/** A value in place of a node, in the node's own style. */
function replaceNode(node: Node, value: unknown, edits: Edit[]): void {
  const [start, end] = node.range!;
  let text: string;
  if (isScalar(node) && !isObject(value) && !Array.isArray(value)) {
    text = scalarText(value, node);
  } else if ((isSeq(node) || isMap(node)) && node.flow) {
    text = yamlText(value, { ...STRINGIFY, collectionStyle: 'flow' }).trimEnd();
  } else {
    throw new Unsupported();
  }
  if (text.includes('\n')) throw new Unsupported();
  edits.push({ start, end, text });
}

/** A scalar written as the old one was: double-quoted, single-quoted or plain (quoted if it must be). */
function scalarText(value: unknown, like: Scalar): string {
  if (typeof value === 'string' && like.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (typeof value === 'string' && like.type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return yamlText(value, STRINGIFY).trimEnd();
}

const lineStart = (source: string, offset: number) => source.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (source: string, offset: number) => {
  const end = source.indexOf('\n', offset);
  return end === -1 ? source.length : end + 1;
};
const indentOf = (source: string, offset: number) => offset - lineStart(source, offset);

function removePair(source: string, pair: Pair<Scalar, Node | null>): Edit {
  const start = lineStart(source, pair.key.range![0]);
  const last = pair.value?.range?.[1] ?? pair.key.range![1];
  return { start, end: lineEnd(source, Math.max(last - 1, start)), text: '' };
}

/** `key: value` lines at the indentation of the map's keys. */
function pairLines(key: string, value: unknown, indent: number): string {
  const text = yamlText({ [key]: value }, STRINGIFY);
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => ' '.repeat(indent) + line)
    .join('\n')
    .concat('\n');
}

function insertPair(
  source: string,
  map: YAMLMap,
  key: string,
  value: unknown,
  next: Pair<Scalar, Node | null> | undefined,
): Edit {
  const first = (map.items[0] as Pair<Scalar, Node | null> | undefined)?.key.range?.[0];
  if (first === undefined) throw new Unsupported();
  const indent = indentOf(source, first);
  if (next) {
    const at = lineStart(source, next.key.range![0]);
    return { start: at, end: at, text: pairLines(key, value, indent) };
  }
  const last = map.items.at(-1) as Pair<Scalar, Node | null>;
  const end = lineEnd(source, Math.max((last.value?.range?.[1] ?? last.key.range![1]) - 1, 0));
  const prefix = end > 0 && source[end - 1] !== '\n' ? '\n' : '';
  return { start: end, end, text: prefix + pairLines(key, value, indent) };
}

/** New items at the end of a block list, indented like its items. */
function appendItems(source: string, seq: Node, items: unknown[]): Edit {
  const list = seq as unknown as { items: Node[]; flow?: boolean };
  const firstItem = list.items[0];
  if (list.flow || !firstItem?.range) throw new Unsupported();
  // The "- " sits two characters before the item's content.
  const indent = indentOf(source, firstItem.range[0]) - 2;
  const text = yamlText(items, STRINGIFY)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => ' '.repeat(indent) + line)
    .join('\n')
    .concat('\n');
  const end = lineEnd(source, Math.max(seq.range![1] - 1, 0));
  const prefix = end > 0 && source[end - 1] !== '\n' ? '\n' : '';
  return { start: end, end, text: prefix + text };
}
