/** Byte of every character Windows-1252 holds, read off Node's own decoder (no hand-typed table). */
const BYTE_OF = new Map(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map((char, byte) => [
    char,
    byte,
  ]),
);

/**
 * What Excel's plain "CSV" save does on a western European Windows: every character the code page
 * lacks (Arabic letters, ₂, emoji) becomes "?", the rest is written one byte each.
 */
export function saveAsWindows1252(text: string): Buffer {
  return Buffer.from([...text].map((char) => BYTE_OF.get(char) ?? BYTE_OF.get('?')!));
}
