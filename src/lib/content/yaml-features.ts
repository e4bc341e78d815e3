import { CST, Lexer } from 'yaml';
import type { ContentError } from './content-error.ts';
import { MAX_NESTING, NESTING_MESSAGE } from './nesting.ts';

/**
 * YAML features content never needs, refused before the text is loaded:
 * - anchors (&a), aliases (*a) and merge keys (<<) let a few lines stand for billions of values
 *   ("billion laughs"): walking the loaded data hangs the check, or the parser gives up with an
 *   error nobody can act on;
 * - tags (!!js/function, !!binary, !custom) ask for values that are not text, which the
 *   build cannot use.
 * - brackets nested thousands deep ([[[[…) overflow the stack of the parsers.
 * The lexer only reads the text once, token by token, so even a hostile file costs no more than
 * its length.
 */

/** Markers the lexer puts between tokens that are not part of the text. */
const LEXER_MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

export const ANCHOR_MESSAGE = (token: string) =>
  `Remove the anchor/alias "${token}": content files do not use YAML anchors and aliases (write the text out in full).`;
export const MERGE_KEY_MESSAGE =
  'Remove the merge key "<<": content files do not use YAML anchors, aliases and merge keys (write the fields out in full).';
export const TAG_MESSAGE = (token: string) =>
  `Remove "${token}": content files do not use YAML tags. Write the value as plain text (put it between quotes if it starts with ! or &).`;

/**
 * One error per line that holds an anchor, alias, merge key or tag, naming the first, and one
 * where brackets first nest too deep.
 */
export function refusedYamlFeatures(text: string, file: string, firstLine = 1): ContentError[] {
  if (!mayHoldRefusedFeature(text)) return [];
  const errors: ContentError[] = [];
  let line = firstLine;
  let plainScalarNext = false;
  let mergeKeyLine: number | undefined;
  let brackets = 0;
  for (const token of new Lexer().lex(text)) {
    const marker = LEXER_MARKERS.has(token);
    const type = plainScalarNext ? 'plain-scalar' : CST.tokenType(token);
    plainScalarNext = token === '\u001f';
    if (marker) continue;
    if (type === 'anchor' || type === 'alias') errors.push({ file, line, field: '', message: ANCHOR_MESSAGE(token) });
    else if (type === 'tag') errors.push({ file, line, field: '', message: TAG_MESSAGE(token) });
    if (type === 'map-value-ind' && mergeKeyLine !== undefined) {
      errors.push({ file, line: mergeKeyLine, field: '', message: MERGE_KEY_MESSAGE });
    }
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      if (++brackets === MAX_NESTING + 1) errors.push({ file, line, field: '', message: NESTING_MESSAGE });
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') brackets--;
    if (type !== 'space') mergeKeyLine = type === 'plain-scalar' && token === '<<' ? line : undefined;
    for (const character of token) if (character === '\n') line++;
  }
  return errors.filter((error, index) => error.line !== errors[index - 1]?.line);
}

/**
 * A node's & anchor, * alias or ! tag starts a line or follows a space or a flow indicator
 * ([ { , and : after a quoted key); nesting needs more than MAX_NESTING brackets. Most files have
 * none of these, and need not be lexed (lexing a 10,000-device register takes about 2 s).
 */
const PROPERTY = /(?:^|[\s[{,:\uFEFF])[&*!]|<</mu;
function mayHoldRefusedFeature(text: string): boolean {
  if (PROPERTY.test(text)) return true;
  let brackets = 0;
  for (let index = text.indexOf('['); index !== -1; index = text.indexOf('[', index + 1)) brackets++;
  for (let index = text.indexOf('{'); index !== -1; index = text.indexOf('{', index + 1)) brackets++;
  return brackets > MAX_NESTING;
}
