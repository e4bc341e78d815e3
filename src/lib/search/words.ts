/**
 * Splitting text into search words, the same way when building the index and when reading a query,
 * so that both sides agree. Words are lowercased and lose their accents and Arabic vowel marks
 * ("één" -> "een"), and apostrophes inside words disappear ("camera's" -> "cameras").
 */

/** Words longer than this are not words residents type (hashes, run-together garbage). */
const MAX_WORD = 40;

/** A run of letters and digits, optionally joined by hyphens: "wi-fi", "pm2", "4g". */
const COMPOUND = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;

/** Lowercase, without combining marks, apostrophes inside words removed. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/(?<=[\p{L}\p{N}])['’ʼ](?=\p{L})/gu, '')
    .toLowerCase();
}

/** The hyphen-joined groups of a text, each as its parts: "Wi-Fi point" -> [["wi","fi"],["point"]]. */
export function compounds(text: string): string[][] {
  return [...normalize(text).matchAll(COMPOUND)].map((match) =>
    match[0].split(/[-‐‑]/).filter((part) => part.length <= MAX_WORD),
  );
}

/** The words of a text in order: "Wi-Fi point" -> ["wi", "fi", "point"]. */
export function words(text: string): string[] {
  return compounds(text).flat();
}

/**
 * The words to index for a text: every word, plus each hyphenated compound written together and
 * each pair of its neighbouring parts ("wi-fi-punt" adds "wifipunt", "wifi" and "fipunt"), so that
 * "Wi-Fi" in the content is found by "wifi" as well as by "wi fi".
 */
export function indexWords(text: string): string[] {
  const result: string[] = [];
  for (const parts of compounds(text)) {
    result.push(...parts);
    if (parts.length < 2) continue;
    const joined = parts.join('');
    if (joined.length <= MAX_WORD) result.push(joined);
    if (parts.length > 2) for (let i = 0; i + 1 < parts.length; i++) result.push(parts[i]! + parts[i + 1]!);
  }
  return result;
}
