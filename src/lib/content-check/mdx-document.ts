import Slugger from 'github-slugger';
import { mdxToHast, type HastNode, type MdxJsxAttributeUnion } from 'satteri';
import { MAX_NESTING } from '../content/nesting.ts';

/** An attribute as written on a component: a text, a `{…}` value, a bare name, or a `{...spread}`. */
export type MdxAttribute =
  | { kind: 'text'; name: string; value: string }
  | { kind: 'expression'; name: string; source: string }
  | { kind: 'flag'; name: string }
  | { kind: 'spread'; source: string };

/** A JSX element written in the MDX (`<Callout>`, `<bdi>`, `<script>` ...). */
export interface MdxElement {
  name: string;
  attributes: MdxAttribute[];
  line: number | undefined;
  /** Whether something is written between its opening and closing tag. */
  hasChildren: boolean;
}

/** Everything the content check needs from one MDX file, from a single parse. */
export interface MdxDocument {
  /** The YAML between the opening `---` lines, and the line its first field is on. */
  frontmatter: { text: string; firstLine: number } | undefined;
  /** Heading ids as the site makes them (github-slugger over the heading text, like Astro). */
  headings: { id: string; text: string; line: number | undefined }[];
  links: { href: string; line: number | undefined }[];
  images: { src: string; alt: string; line: number | undefined }[];
  elements: MdxElement[];
  /** `import` / `export` lines. */
  esm: { line: number | undefined }[];
  /** `{…}` written in the text (not in an attribute). */
  expressions: { source: string; line: number | undefined }[];
  /** Every run of plain text, for rules about leftover template text. */
  texts: { value: string; line: number | undefined; column?: number | undefined }[];
  /**
   * Where block quotes, lists, components or emphasis first nest more than MAX_NESTING levels
   * deep; nothing below that depth is collected.
   */
  tooDeep: { line: number | undefined } | undefined;
}

/** A file that is not valid MDX, with the place the parser stopped. */
export interface MdxSyntaxError {
  line: number | undefined;
  message: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Parses MDX the way the site's build does (Astro's Markdown engine, satteri, with GFM and smart
 * punctuation), once, and collects what the rules look at.
 */
export function parseMdx(source: string): { document?: MdxDocument; error?: MdxSyntaxError } {
  let tree: HastNode;
  try {
    tree = mdxToHast(source, { features: { gfm: true, smartPunctuation: true, frontmatter: true } });
  } catch (error) {
    return { error: syntaxError(error as Error) };
  }
  const match = FRONTMATTER.exec(source);
  const document: MdxDocument = {
    frontmatter: match ? { text: match[1]!, firstLine: 2 } : undefined,
    headings: [],
    links: [],
    images: [],
    elements: [],
    esm: [],
    expressions: [],
    texts: [],
    tooDeep: undefined,
  };
  const slugger = new Slugger();
  visit(tree, (node, depth) => {
    const start = (node as { position?: { start: { line: number; column: number } } }).position?.start;
    const line = start?.line;
    switch (node.type) {
      case 'element':
        if (/^h[1-6]$/.test(node.tagName)) {
          const text = textContent(node);
          document.headings.push({ id: slugger.slug(text), text, line });
        } else if (node.tagName === 'a' && typeof node.properties?.['href'] === 'string') {
          document.links.push({ href: node.properties['href'], line });
        } else if (node.tagName === 'img') {
          const { src, alt } = node.properties ?? {};
          document.images.push({ src: String(src ?? ''), alt: String(alt ?? '').trim(), line });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        document.elements.push({
          name: node.name ?? '',
          attributes: node.attributes.map(attribute),
          line,
          hasChildren: node.children.length > 0,
        });
        break;
      case 'mdxjsEsm':
        document.esm.push({ line });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        document.expressions.push({ source: node.value, line });
        break;
      case 'text':
        if (line !== undefined) document.texts.push({ value: node.value, line, column: start?.column });
        break;
    }
    if (depth <= MAX_NESTING || !('children' in node)) return true;
    document.tooDeep ??= { line };
    return false;
  });
  return { document };
}

function attribute(node: MdxJsxAttributeUnion): MdxAttribute {
  if (node.type === 'mdxJsxExpressionAttribute') return { kind: 'spread', source: node.value };
  const name = node.name;
  if (node.value === null || node.value === undefined) return { kind: 'flag', name };
  if (typeof node.value === 'string') return { kind: 'text', name, value: node.value };
  return { kind: 'expression', name, source: node.value.value };
}

/**
 * Calls `enter` on every node, parents first and in document order, with how many elements
 * enclose it; below a node for which `enter` returns false it goes no deeper. Without recursion:
 * 20,000 nested block quotes (>>>>…) would overflow the stack.
 */
function visit(tree: HastNode, enter: (node: HastNode, depth: number) => boolean): void {
  const stack: { node: HastNode; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!enter(node, depth) || !('children' in node) || !Array.isArray(node.children)) continue;
    const children = node.children as HastNode[];
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, depth: depth + 1 });
  }
}

/** The text of a heading as Astro sees it: every text inside it, components included. */
function textContent(node: HastNode): string {
  let text = '';
  visit(node, (inner) => {
    if (inner.type === 'text') text += inner.value;
    return true;
  });
  return text;
}

/** satteri says `5:7: Expected a closing tag ... (mdx-jsx:unexpected-character)`. */
function syntaxError(error: Error): MdxSyntaxError {
  const match = /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(error.message);
  return match ? { line: Number(match[1]), message: match[2]! } : { line: undefined, message: error.message };
}
