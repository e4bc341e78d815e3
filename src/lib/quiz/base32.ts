/**
 * Crockford's base32: digits and capitals without I, L, O and U, so a code read aloud or typed
 * from a projector survives (i/l are read as 1, o as 0, case and hyphens do not matter).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) text += ALPHABET[(value << (5 - bits)) & 31];
  return text;
}

/** The bytes of a base32 text, or undefined when it holds a character that is not in the alphabet. */
export function fromBase32(text: string): Uint8Array | undefined {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return new Uint8Array(bytes);
}

/** 4 random bytes as 7 base32 characters: class ids and the seeds of attempts. */
export function randomId(): string {
  return toBase32(crypto.getRandomValues(new Uint8Array(4)));
}

/** Groups a code in fours, "ABCD-EFGH-JK", for reading and typing. */
export function groupInFours(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? '';
}
