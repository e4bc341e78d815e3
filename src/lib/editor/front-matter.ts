import { parseYaml, writeYaml } from './preserving-yaml.ts';

/**
 * MDX files as the editor sees them: the front matter's fields plus `body`, the text after it.
 * Written back through writeYaml, so an untouched file stays byte for byte the same and a changed
 * field or paragraph changes only itself. The body is never re-formatted: it is the author's text.
 */

const FRONT_MATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export interface FrontMatterFile {
  data: Record<string, unknown>;
  body: string;
}

export function parseFrontMatterFile(text: string): FrontMatterFile {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parseYaml(match[1] ?? ''), body: text.slice(match[0].length) };
}

/** The file text for `data` (front matter fields and `body`), written over the file as it was read. */
export function writeFrontMatterFile(data: Record<string, unknown>, original?: string): string {
  const { body = '', ...fields } = data as Record<string, unknown> & { body?: unknown };
  const bodyText = typeof body === 'string' ? body : '';
  const match = original === undefined ? null : FRONT_MATTER.exec(original);
  if (!match) return `---\n${writeYaml(fields)}---\n\n${bodyText.replace(/^\n+/, '')}`;
  const head = match[0].startsWith('---\r\n') ? '---\r\n' : '---\n';
  const closing = match[0].slice(head.length + (match[1] ?? '').length);
  return `${head}${writeYaml(fields, match[1] ?? '')}${closing}${bodyText}`;
}
