/**
 * Characters a text in content may not carry, or should not. YAML accepts them all, but:
 * - C0 control characters (U+0000–U+001F, except tab and line break) and U+FFFE, U+FFFF are
 *   invisible, make the sign SVG and the Atom feeds ill-formed XML, and shift the columns of
 *   register.csv;
 * - bidirectional override and isolate characters reorder what is shown, so that "gpj.exe" reads
 *   "exe.jpg" on a page and a sign (the "Trojan Source" trick, CVE-2021-42574);
 * - a name made only of zero-width or other invisible characters shows as nothing at all.
 * Arabic text needs none of these: the site sets the direction of every text and isolates
 * left-to-right parts itself. The marks U+200E and U+200F (and U+061C) are fine.
 */

/** One offending character: which, and where in the text (1-based, counted in characters). */
export interface CharacterFinding {
  codePoint: string;
  position: number;
}

/**
 * C0 controls other than tab and line feed; a carriage return only when a line feed follows; and
 * the noncharacters U+FFFE and U+FFFF, which are not allowed in XML either.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\r(?!\n)/u;

/** LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** What takes no visible space: white space, format and control characters, default-ignorables, a blank braille cell. */
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]*$/u;

/** `U+202E`, as the messages and the Unicode charts write it. */
export function codePointName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function findAll(text: string, pattern: RegExp): CharacterFinding[] {
  if (!pattern.test(text)) return [];
  return [...text.matchAll(new RegExp(pattern.source, 'gu'))].map((match) => ({
    codePoint: codePointName(match[0]),
    // Counted in characters as an editor sees them, not in UTF-16 units.
    position: [...text.slice(0, match.index)].length + 1,
  }));
}

export const hasControlCharacter = (text: string) => CONTROL.test(text);
export const hasBidiControl = (text: string) => BIDI_CONTROL.test(text);

export function controlCharacters(text: string): CharacterFinding[] {
  return findAll(text, CONTROL);
}

export function bidiControls(text: string): CharacterFinding[] {
  return findAll(text, BIDI_CONTROL);
}

/** True for a non-empty text nobody can see: only spaces, zero-width and other invisible characters. */
export function isInvisible(text: string): boolean {
  return text.length > 0 && INVISIBLE.test(text);
}

/** `U+0000 at character 5`, or `U+202E at characters 1 and 9`. */
export function describeFindings(findings: readonly CharacterFinding[]): string {
  const names = [...new Set(findings.map((finding) => finding.codePoint))].join(', ');
  const positions = findings.map((finding) => finding.position);
  const where =
    positions.length === 1
      ? `character ${positions[0]}`
      : `characters ${positions.slice(0, -1).join(', ')} and ${positions.at(-1)}`;
  return `${names} at ${where}`;
}

export const CONTROL_MESSAGE = (findings: readonly CharacterFinding[]) =>
  `Remove the invisible control character ${describeFindings(findings)}: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.`;

export const BIDI_IN_NAME_MESSAGE = (findings: readonly CharacterFinding[]) =>
  `Remove the direction control ${describeFindings(findings)}: in a name it can make the text read as something else (gpj.exe shows as exe.jpg). Arabic names need none; the site sets the direction itself.`;

/** LRO and RLO: they reverse the letters after them, which no text here needs. */
export const isOverride = (finding: CharacterFinding) =>
  finding.codePoint === 'U+202D' || finding.codePoint === 'U+202E';

export const BIDI_OVERRIDE_MESSAGE = (findings: readonly CharacterFinding[]) =>
  `Remove the direction override ${describeFindings(findings)}: it shows the letters after it backwards (gpj.exe reads exe.jpg), on pages, in search, feeds and signs. No text needs one; the site sets the direction of every text itself.`;

export const BIDI_IN_TEXT_MESSAGE = (findings: readonly CharacterFinding[]) =>
  `The direction control ${describeFindings(findings)} reorders the text around it on pages and signs. Remove it unless the text needs it; the site sets the direction of every text itself.`;

export const INVISIBLE_NAME_MESSAGE = 'This name is only invisible characters: write a name readers can see.';
