/**
 * Texts a spreadsheet program destroyed on saving. Excel's plain "CSV" writes the Windows code
 * page (Windows-1252 in western Europe), which has no Arabic letters, subscripts (CO₂) and much
 * more: it writes "?" for each of them, and the file then reads back as perfectly valid text.
 * Imported, it would replace every Arabic text of the register with "??????? ????" — so a text
 * that has "?" (or the replacement character) where the register has letters is refused.
 */

/** Every character Windows-1252 can hold, read off the decoder itself rather than a hand-typed table. */
const WINDOWS_1252 = new Set(new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i)));

const REPLACEMENT = '\uFFFD';

/** The characters of a text that Windows-1252 cannot hold, once each, in order. */
function outside1252(text: string): string[] {
  return [...new Set([...text].filter((char) => !WINDOWS_1252.has(char)))];
}

/** A run of two or more "?", or any replacement character: what a lossy save leaves behind. */
const LOSS_MARK = /\?{2,}|\uFFFD/;

/**
 * The characters of `before` that `after` lost to "?" or "�", or undefined when it lost none.
 * Either `after` is `before` with every character outside Windows-1252 turned into "?" (one "?"
 * suffices: "CO₂" → "CO?"), or `after` has a run of "?" or a "�" that `before` did not have.
 */
export function lostCharacters(before: string, after: string): string[] | undefined {
  if (before === after || !/[?\uFFFD]/.test(after)) return undefined;
  const missing = outside1252(before);
  const saved1252 = [...before].map((char) => (WINDOWS_1252.has(char) ? char : '?')).join('');
  if (missing.length > 0 && (after === saved1252 || after === saved1252.replaceAll('?', REPLACEMENT))) return missing;
  if (LOSS_MARK.test(after) && !LOSS_MARK.test(before)) return missing;
  return undefined;
}

/** "Arabic letters", "characters such as ₂ and ₃", or both, for the message. */
function describe(characters: readonly string[]): string {
  const arabic = characters.some((char) => /\p{Script=Arabic}/u.test(char));
  const others = characters.filter((char) => !/\p{Script=Arabic}/u.test(char)).slice(0, 3);
  const such = others.length > 0 ? `characters such as ${others.join(' and ')}` : '';
  if (arabic) return such ? `Arabic letters and ${such}` : 'Arabic letters';
  return such || 'other characters';
}

/**
 * The message for a text that lost characters. `encoding` is how the file was read: when it was
 * Windows-1252, the message says so, since that is the cause the reader can act on.
 */
export function lostCharactersMessage(after: string, lost: readonly string[], encoding?: string): string {
  const mark = after.includes(REPLACEMENT) ? REPLACEMENT : '?';
  const saved =
    encoding === 'Windows-1252'
      ? 'the spreadsheet was saved as Windows-1252, an encoding that cannot hold them'
      : 'the spreadsheet was saved in an encoding that cannot hold them';
  return (
    `The file has "${mark}" where the register has ${describe(lost)}: ${saved}. ` +
    'In Excel choose "CSV UTF-8 (comma delimited)" or save as .xlsx, then import again.'
  );
}

/** The message for "?" runs in a new text of a Windows-1252 file, where there is no old text to compare. */
export function questionMarksIn1252Message(): string {
  return (
    'The file has "??" here and was saved as Windows-1252, an encoding that cannot hold Arabic letters and many other characters: ' +
    'they became "?". In Excel choose "CSV UTF-8 (comma delimited)" or save as .xlsx, then import again.'
  );
}

/** A text in a Windows-1252 file that looks like letters turned into "?". */
export function hasLossMark(text: string): boolean {
  return LOSS_MARK.test(text);
}

/** Every string in a value (texts per language, lists, JSON details), with its path below the value. */
export function stringsIn(value: unknown, path: readonly string[] = []): { path: string[]; text: string }[] {
  if (typeof value === 'string') return [{ path: [...path], text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, String(index)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  return [];
}
