/**
 * Plain words for the YAML mistakes that word processors and chat apps make for an editor: curly
 * quotes where YAML needs straight ones, tabs for indentation, and dashes (–, —) where a list item
 * needs a hyphen. The parser's own message ("Nested mappings are not allowed in compact
 * mappings") names none of them, and often points at another line.
 */

/** Each curly quote with the straight quote YAML needs in its place. */
const STRAIGHT_FOR: Record<string, string> = { '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'", '‚': "'" };
const CURLY = Object.keys(STRAIGHT_FOR).join('');

/** The start of a value: indentation, list hyphens and a key, then the value's first character. */
const VALUE_START = new RegExp(`^\\s*(?:-\\s+)*(?:[^\\s:#"'${CURLY}][^:#]*:\\s+)?(?<first>\\S)`);

/** A list item begun with an en dash, em dash or minus sign instead of a hyphen. */
export const SMART_DASH_ITEM = /^[–—−]\s/u;
const SMART_DASH_LINE = /^\s*(?<dash>[–—−])\s/u;

export const SMART_DASH_LIST =
  'Write a list here: start each item on its own line with a hyphen (-), not a dash (–). Word processors turn "- " into "– ".';

/**
 * The message for a file whose front matter opens with dashes (———, –––) instead of three
 * hyphens, which leaves the file without front matter; undefined for any other first line.
 */
export function frontMatterDashProblem(firstLine: string): string | undefined {
  const dash = /^\s*[-–—−]{3,}\s*$/u.test(firstLine) ? /[–—−]/u.exec(firstLine)?.[0] : undefined;
  return dash
    ? `The front matter starts with dashes (${dash}) where it needs three hyphens (---): type the first and last line of the front matter again as ---.`
    : undefined;
}

/** A YAML syntax error as the parser gives it: 1-based line in the text, and its error code. */
export interface YamlSyntaxError {
  line: number;
  code: string;
  message: string;
}

/**
 * The line and plain message for a syntax error caused by a tab, a curly quote or a dash, or
 * undefined when the error has another cause. `lines` are the lines of the YAML text.
 */
export function plainSyntaxError(
  lines: readonly string[],
  error: YamlSyntaxError,
): { line: number; message: string } | undefined {
  const text = lines[error.line - 1] ?? '';
  if (error.code === 'TAB_AS_INDENT' || /^ *\t/.test(text)) {
    return { line: error.line, message: 'A tab is used for indentation: use spaces (YAML does not allow tabs there).' };
  }
  const quote = curlyQuoteProblem(text);
  if (quote) return { line: error.line, message: quote };
  const dash = SMART_DASH_LINE.exec(text)?.groups?.['dash'];
  if (dash) {
    return {
      line: error.line,
      message: `A dash (${dash}) starts this line where YAML needs a hyphen (-) to start a list item: write "- " instead.`,
    };
  }
  // An unclosed quote is reported at the end of the file; the cause is the line it opened on.
  if (/^Missing closing ["']quote/.test(error.message)) {
    for (let index = Math.min(error.line, lines.length) - 1; index >= 0; index--) {
      const problem = curlyQuoteProblem(lines[index]!);
      if (problem) return { line: index + 1, message: problem };
    }
  }
  return undefined;
}

/** What is wrong when a line's value is quoted with a curly quote at either end. */
function curlyQuoteProblem(text: string): string | undefined {
  const first = VALUE_START.exec(text)?.groups?.['first'];
  if (!first) return undefined;
  const straight = STRAIGHT_FOR[first];
  if (straight) {
    return `A curly quote (${first}) is used where YAML needs a straight quote (${straight}): put the text between straight quotes (${straight}…${straight}).`;
  }
  if (first !== '"' && first !== "'") return undefined;
  const rest = text.slice(text.indexOf(first) + 1);
  const closedStraight = first === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
  const closing = [...rest].findLast((character) => STRAIGHT_FOR[character] === first);
  if (closedStraight || !closing) return undefined;
  return `A curly quote (${closing}) closes a text that a straight quote (${first}) opened: YAML needs a straight quote (${first}) at both ends.`;
}
