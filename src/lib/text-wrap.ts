/** Breaks a text into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The longest start of `text` that is at most `max` wide, cut between characters (never inside
 * one); at least one character, so that cutting always moves on.
 */
function longestStart(text: string, max: number, width: (text: string) => number): string {
  let start = '';
  for (const { segment } of segmenter.segment(text)) {
    if (start && width(start + segment) > max) break;
    start += segment;
  }
  return start;
}

/**
 * Breaks a text into at most `maxLines` lines of at most `maxWidth`, at spaces; a word wider than a
 * line is cut between characters (long names without spaces, in any script). What does not fit is
 * left out and the last line ends with an ellipsis, so a line never runs past its box.
 */
export function fitLines(text: string, maxWidth: number, maxLines: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    // Lines past the last one shown are not needed (a name can be very long).
    if (lines.length > maxLines) break;
    const joined = line ? `${line} ${word}` : word;
    if (width(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    while (width(word) > maxWidth && lines.length <= maxLines) {
      const piece = longestStart(word, maxWidth, width);
      lines.push(piece);
      word = word.slice(piece.length);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const ellipsis = '…';
  const last = longestStart(lines[maxLines - 1]!, maxWidth - width(ellipsis), width).replace(/[\s\p{P}]+$/u, '');
  return [...lines.slice(0, maxLines - 1), last + ellipsis];
}
