/** Words a resident reads per minute in plain-language text; a conservative figure for non-native readers. */
const WORDS_PER_MINUTE = 180;

/** Minutes to read a text (at least 1), counting words in any script. */
export function readingMinutes(text: string): number {
  const words = text
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
