import Slugger from 'github-slugger';
import { mdxToHast, type HastNode, type MdxJsxAttributeUnion } from 'satteri';

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
  texts: { value: string; line: number | undefined }[];
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
  };
  const slugger = new Slugger();
  visit(tree, (node) => {
    const line = (node as { position?: { start: { line: number } } }).position?.start.line;
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
        if (line !== undefined) document.texts.push({ value: node.value, line });
        break;
    }
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

function visit(node: HastNode, enter: (node: HastNode) => void): void {
  enter(node);
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as HastNode[]) visit(child, enter);
  }
}

/** The text of a heading as Astro sees it: every text inside it, components included. */
function textContent(node: HastNode): string {
  if (node.type === 'text') return node.value;
  if ('children' in node && Array.isArray(node.children)) {
    return (node.children as HastNode[]).map(textContent).join('');
  }
  return '';
}

/** satteri says `5:7: Expected a closing tag ... (mdx-jsx:unexpected-character)`. */
function syntaxError(error: Error): MdxSyntaxError {
  const match = /^(\d+):\d+: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(error.message);
  return match ? { line: Number(match[1]), message: match[2]! } : { line: undefined, message: error.message };
}
