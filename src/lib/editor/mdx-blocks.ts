/**
 * The component blocks of an MDX body (<Callout type="tip">, <Checklist id="…" items={[…]} />) and
 * their attributes, found in the text with their positions, so that the editor can show each
 * block's props as fields and change one attribute by rewriting only its own characters.
 */

export interface BlockComponent {
  name: string;
  /** Attributes it takes: `options` when the value is one of a fixed list; `initial` as a new block writes it (`"tip"`, `{[]}`). */
  attributes: { name: string; options?: string[]; initial: string }[];
  /** Whether text goes between its tags. */
  children: boolean;
}

export interface BlockAttribute {
  name: string;
  /** The value as written: the text inside quotes, or the expression inside braces. */
  value: string;
  kind: 'text' | 'expression';
  /** Where the value's characters are in the body (inside the quotes or braces). */
  start: number;
  end: number;
}

export interface Block {
  name: string;
  /** 1-based line of the opening tag. */
  line: number;
  start: number;
  attributes: BlockAttribute[];
}

/** Reads one attribute value starting at `at` (a quote or a brace); braces may nest and hold strings. */
function readValue(text: string, at: number): { kind: 'text' | 'expression'; end: number } | undefined {
  const open = text[at];
  if (open === '"' || open === "'") {
    const close = text.indexOf(open, at + 1);
    return close === -1 ? undefined : { kind: 'text', end: close };
  }
  if (open !== '{') return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let index = at; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return { kind: 'expression', end: index };
  }
  return undefined;
}

/** Every opening tag of a known component in `body`, in order, with its attributes. */
export function findBlocks(body: string, components: readonly BlockComponent[]): Block[] {
  const names = new Set(components.map((component) => component.name));
  const blocks: Block[] = [];
  const tag = /<([A-Z][A-Za-z]*)(?=[\s/>])/g;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    if (!names.has(match[1]!)) continue;
    const attributes: BlockAttribute[] = [];
    let at = match.index + match[0].length;
    const attribute = /\s*([A-Za-z][\w-]*)(?:=)?/y;
    for (;;) {
      attribute.lastIndex = at;
      const found = attribute.exec(body);
      if (!found || body[at] === '/' || body[at] === '>') break;
      at = attribute.lastIndex;
      if (!found[0].endsWith('=')) continue;
      const value = readValue(body, at);
      if (!value) break;
      attributes.push({
        name: found[1]!,
        value: body.slice(at + 1, value.end),
        kind: value.kind,
        start: at + 1,
        end: value.end,
      });
      at = value.end + 1;
    }
    const line = body.slice(0, match.index).split('\n').length;
    blocks.push({ name: match[1]!, line, start: match.index, attributes });
  }
  return blocks;
}

/** The body with one attribute's value replaced; nothing else changes. */
export function setAttribute(body: string, attribute: BlockAttribute, value: string): string {
  // A straight double quote would end the attribute: typed quotes become typographic ones.
  const safe = attribute.kind === 'text' ? value.replace(/"([^"]*)"/g, '“$1”').replaceAll('"', '”') : value;
  return body.slice(0, attribute.start) + safe + body.slice(attribute.end);
}

/** The text a new block starts with: its attributes (the first option where there is a list), and text to replace. */
export function blockTemplate(component: BlockComponent): string {
  const attributes = component.attributes.map((attribute) => ` ${attribute.name}=${attribute.initial}`).join('');
  return component.children
    ? `<${component.name}${attributes}>\nText\n</${component.name}>\n`
    : `<${component.name}${attributes} />\n`;
}
