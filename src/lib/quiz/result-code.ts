import { fromBase32, groupInFours, toBase32 } from './base32.ts';
import { hashText } from './shuffle.ts';

/**
 * A student's result as a short code that the teacher types or scans: nothing is sent anywhere.
 *
 * Bytes: version (1) · class id (4) · number of questions (1) · one bit per question, right or
 * not (ceil(n/8)) · nickname length (1) and UTF-8 bytes (up to 30) · checksum (3).
 *
 * The checksum catches typing mistakes and codes from another class; it does NOT stop a student
 * who reads this file from forging a perfect score. Classroom results are for learning, not marks
 * (docs/quizzes.md says so to teachers).
 */
const VERSION = 1;
export const MAX_NICKNAME_BYTES = 30;

export interface ClassResult {
  classId: string;
  /** Per question of the class, in the class's question order: answered right or not. */
  right: boolean[];
  nickname: string;
}

export type ResultCodeError = 'format' | 'checksum' | 'version' | 'length';

function checksum(bytes: Uint8Array): number[] {
  const hash = hashText(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
  return [hash >>> 16, (hash >>> 8) & 255, hash & 255].map((byte) => byte & 255);
}

/** The class id (7 base32 characters) as its 4 bytes. */
export function classIdBytes(classId: string): Uint8Array | undefined {
  const bytes = fromBase32(classId);
  return bytes && bytes.length === 4 && toBase32(bytes) === classId ? bytes : undefined;
}

/** Shortens a nickname to whole characters that fit the code. */
export function fitNickname(nickname: string): string {
  let fitted = '';
  for (const char of nickname.trim()) {
    if (new TextEncoder().encode(fitted + char).length > MAX_NICKNAME_BYTES) break;
    fitted += char;
  }
  return fitted;
}

export function encodeResult(result: ClassResult): string {
  const classBytes = classIdBytes(result.classId);
  if (!classBytes) throw new Error(`Not a class id: "${result.classId}"`);
  if (result.right.length === 0 || result.right.length > 255) throw new Error('A class has 1 to 255 questions.');
  const bits = new Uint8Array(Math.ceil(result.right.length / 8));
  result.right.forEach((right, index) => {
    if (right) bits[index >> 3]! |= 1 << (7 - (index & 7));
  });
  const name = new TextEncoder().encode(fitNickname(result.nickname));
  const body = new Uint8Array([VERSION, ...classBytes, result.right.length, ...bits, name.length, ...name]);
  return groupInFours(toBase32(new Uint8Array([...body, ...checksum(body)])));
}

/** Reads a code back, or says what is wrong with it. */
export function decodeResult(code: string): { ok: true; result: ClassResult } | { ok: false; error: ResultCodeError } {
  const bytes = fromBase32(code);
  if (!bytes || bytes.length < 11) return { ok: false, error: 'format' };
  const body = bytes.subarray(0, bytes.length - 3);
  const sum = checksum(body);
  if (!sum.every((byte, index) => bytes[body.length + index] === byte)) return { ok: false, error: 'checksum' };
  if (body[0] !== VERSION) return { ok: false, error: 'version' };
  const count = body[5]!;
  const bitBytes = Math.ceil(count / 8);
  const nameLength = body[6 + bitBytes];
  if (count === 0 || nameLength === undefined || body.length !== 7 + bitBytes + nameLength) {
    return { ok: false, error: 'length' };
  }
  const right = Array.from({ length: count }, (_, index) => ((body[6 + (index >> 3)]! >> (7 - (index & 7))) & 1) === 1);
  let nickname: string;
  try {
    nickname = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(7 + bitBytes));
  } catch {
    return { ok: false, error: 'format' };
  }
  return { ok: true, result: { classId: toBase32(body.subarray(1, 5)), right, nickname } };
}
