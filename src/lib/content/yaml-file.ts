import { isMap, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
import type { ContentError } from './content-error.ts';
import { CONTROL_MESSAGE, controlCharacters, hasControlCharacter } from '../../schemas/text-characters.ts';
import { textsWhere } from './text-fields.ts';
import { NESTING_MESSAGE, tooDeeplyNested } from './nesting.ts';
import { refusedYamlFeatures } from './yaml-features.ts';
import { loadYamlQuickly } from './yaml-quick.ts';
import { plainSyntaxError } from './yaml-syntax.ts';

/** A parsed YAML file that can tell on which line a field is written. */
export interface YamlFile {
  data: unknown;
  /** The 1-based line of a field path, or of its nearest written parent below the top level. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML, returning syntax errors with their line instead of throwing. Duplicate keys are
 * errors: the second would silently win. `firstLine` is the file line the text starts on (2 for
 * the front matter of an MDX file).
 *
 * Most files are valid and never need a line number, so they are read with the fast parser and
 * the line-numbering parse happens only when a line is asked for (a 10,000-device register reads
 * in about 2 s instead of 15 s).
 *
 * A text holding a control character is an error in every file (see text-characters.ts); the
 * file is still returned, so that its other problems are found in the same run.
 *
 * Anchors, aliases, merge keys and tags are refused before the text is loaded (see
 * yaml-features.ts): the file is then not returned, as nothing may walk its data.
 */
export function parseYamlFile(
  text: string,
  file: string,
  firstLine = 1,
): { file?: YamlFile; errors: ContentError[] } {
  const refused = refusedYamlFeatures(text, file, firstLine);
  if (refused.length > 0) return { errors: refused };
  const quick = loadYamlQuickly(text);
  if (quick) {
    let lines: YamlFile['lineOf'] | undefined;
    const lineOf = (path: readonly PropertyKey[]) => {
      lines ??= parseWithLines(text, file, firstLine).file?.lineOf ?? (() => undefined);
      return lines(path);
    };
    return checked({ data: quick.data, lineOf }, file);
  }
  const parsed = parseWithLines(text, file, firstLine);
  return parsed.file ? checked(parsed.file, file) : parsed;
}

/** A file nested too deep is not returned (the walks over its data would overflow); else its control characters. */
function checked(yaml: YamlFile, file: string): { file?: YamlFile; errors: ContentError[] } {
  const deep = tooDeeplyNested(yaml.data);
  if (deep) return { errors: [{ file, line: yaml.lineOf(deep), field: deep.join('.'), message: NESTING_MESSAGE }] };
  return { file: yaml, errors: controlCharacterErrors(yaml, file) };
}

/** Every text of the file that holds a control character, with its field, line and place in the text. */
export function controlCharacterErrors(yaml: YamlFile, file: string): ContentError[] {
  return textsWhere(yaml.data, hasControlCharacter).map(({ path, value }) => ({
    file,
    line: yaml.lineOf(path),
    field: path.join('.'),
    message: CONTROL_MESSAGE(controlCharacters(value)),
  }));
}

function parseWithLines(text: string, file: string, firstLine: number): { file?: YamlFile; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) return { errors: syntaxErrors(text, document.errors, lineCounter, file, firstLine) };

  // A missing top-level field has no line; a missing nested one gets its parent's.
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = document.contents;
    let line: number | undefined = path.length === 0 ? lineAt(node) : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        line = lineAt(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        line = lineAt(node) ?? line;
      } else break;
    }
    return line;
  };
  const lineAt = (node: unknown): number | undefined => {
    const range = (node as Node | null)?.range;
    return range ? fileLine(range[0]) : undefined;
  };
  return { file: { data: document.toJS(), lineOf }, errors: [] };
}

/**
 * The parser's errors, each at its line; a tab, curly quote or dash that caused one is named in
 * plain words at the line where it is. One message per line and cause.
 */
function syntaxErrors(
  text: string,
  found: readonly YAMLError[],
  lineCounter: LineCounter,
  file: string,
  firstLine: number,
): ContentError[] {
  const lines = text.split(/\r?\n/);
  const errors = new Map<string, ContentError>();
  for (const error of found) {
    const parserLine = lineCounter.linePos(error.pos[0]).line;
    const parserMessage = error.message.split('\n')[0]!;
    const plain = plainSyntaxError(lines, { line: parserLine, code: error.code, message: parserMessage });
    const line = (plain?.line ?? parserLine) + firstLine - 1;
    const message = plain?.message ?? `${parserMessage} (check indentation, colons and quotes on this line).`;
    errors.set(`${line} ${message}`, { file, line, field: '', message });
  }
  return [...errors.values()];
}
