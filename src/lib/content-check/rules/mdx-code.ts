import JSON5 from 'json5';
import type { ContentIssue } from '../issue.ts';
import type { MdxAttribute, MdxDocument, MdxElement } from '../mdx-document.ts';

const NO_CODE =
  'Content is text, not code: the site runs no code from content files, so that a mistake or a copied snippet cannot harm readers.';

/** A component's attributes with their values, or the problems that stopped reading them. */
export interface ReadAttributes {
  values: Record<string, unknown>;
  issues: { field: string; message: string }[];
}

/**
 * MDX can run code; content may not. Refuses `import`/`export`, `{…}` code in the text,
 * event-handler attributes (`onclick`) on any element, and `{…}` attribute values on HTML
 * elements (`<abbr title={process.env.HOME}>` would run at build time) unless they are plain data,
 * the rule components' attributes follow too (readAttributes). Comments (`{/* … *\/}`) are allowed.
 */
export function checkNoCode(file: string, document: MdxDocument): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const error = (line: number | undefined, field: string, message: string) =>
    issues.push({ severity: 'error', file, line, field, message });
  for (const { line } of document.esm) {
    error(
      line,
      '',
      `Remove this import or export line. ${NO_CODE} The documented components work without importing them.`,
    );
  }
  for (const { source, line } of document.expressions) {
    if (!isOnlyComments(source)) {
      error(
        line,
        '',
        `Remove the { } around "${shorten(source)}". ${NO_CODE} For a comment write {/* your note */}; to show curly brackets write \\{ and \\}.`,
      );
    }
  }
  for (const element of document.elements) {
    for (const attribute of element.attributes) {
      if (attribute.kind !== 'spread' && /^on[a-z]/i.test(attribute.name)) {
        error(
          element.line,
          `<${element.name}> ${attribute.name}`,
          `Remove ${attribute.name}: it would run code in the reader's browser. ${NO_CODE}`,
        );
      } else if (attribute.kind === 'expression' && isHtmlElement(element) && !isPlainData(attribute.source)) {
        error(element.line, attributeName(element, attribute), notPlainData(attribute.source));
      }
    }
  }
  return issues;
}

/** Lowercase names are HTML elements; components (capitalised) have their attributes read by readAttributes. */
function isHtmlElement(element: MdxElement): boolean {
  return /^[a-z]/.test(element.name);
}

function isPlainData(source: string): boolean {
  try {
    JSON5.parse(source);
    return true;
  } catch {
    return false;
  }
}

function notPlainData(source: string): string {
  return `Between { } write only plain values: "texts in quotes", numbers, true or false, [lists] and { groups }. "${shorten(source)}" is not one (check quotes, commas and brackets). ${NO_CODE}`;
}

/**
 * The attribute values of a component: texts as written, `{…}` values only when they are plain
 * data (texts in quotes, numbers, true/false, [lists], { groups }), read with JSON5, which knows
 * no functions or variables.
 */
export function readAttributes(element: MdxElement): ReadAttributes {
  const values: Record<string, unknown> = {};
  const issues: ReadAttributes['issues'] = [];
  for (const attribute of element.attributes) {
    const field = attributeName(element, attribute);
    switch (attribute.kind) {
      case 'text':
        values[attribute.name] = attribute.value;
        break;
      case 'flag':
        values[attribute.name] = true;
        break;
      case 'spread':
        issues.push({ field, message: `Write each attribute out (name="value") instead of {${attribute.source}}.` });
        break;
      case 'expression':
        try {
          values[attribute.name] = JSON5.parse(attribute.source);
        } catch {
          issues.push({ field, message: notPlainData(attribute.source) });
        }
        break;
    }
  }
  return { values, issues };
}

export function attributeName(element: MdxElement, attribute: MdxAttribute): string {
  return attribute.kind === 'spread' ? `<${element.name}>` : `<${element.name}> ${attribute.name}`;
}

function isOnlyComments(source: string): boolean {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

function shorten(source: string): string {
  const flat = source.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
