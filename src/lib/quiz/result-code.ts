import { fromBase32, groupInFours, toBase32 } from './base32.ts';
import { hashText } from './shuffle.ts';

/**
 * A pupil's result as a short code that the teacher types or scans: nothing is sent anywhere.
 *
 * Version 2, bytes: version (1) · class id (4) · attempt id (3, random per attempt, so that two
 * pupils who answer alike still give two codes) · number of questions (1) · one bit per question,
 * right at the first try or not (ceil(n/8)) · nickname, UTF-8 (0 to 30 bytes, the rest up to the
 * checksum) · checksum (3). Ten questions without a nickname: 14 bytes, 23 characters, 28 with
 * the hyphens.
 *
 * Version 1 codes (no attempt id; one bit per question for the final answer) are refused with
 * their own reason: they cannot tell two alike pupils apart and do not record the first try.
 *
 * The checksum catches typing mistakes; it does NOT stop a pupil who reads this file from forging
 * a perfect score. Classroom results are for learning, not marks (docs/quizzes.md says so).
 */
const VERSION = 2;
const OLD_VERSION = 1;
export const MAX_NICKNAME_BYTES = 30;
const ATTEMPT_BYTES = 3;
const HEADER_BYTES = 1 + 4 + ATTEMPT_BYTES + 1;
const CHECKSUM_BYTES = 3;

export interface ClassResult {
  classId: string;
  /** 5 base32 characters, random per attempt: the same attempt always gives the same code. */
  attemptId: string;
  /** Per question of the class, in the class's question order: right at the first try or not. */
  firstTry: boolean[];
  nickname: string;
}

export type ResultCodeError = 'format' | 'checksum' | 'version' | 'old-version' | 'length';

function checksum(bytes: Uint8Array): number[] {
  const hash = hashText(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
  return [hash >>> 16, (hash >>> 8) & 255, hash & 255].map((byte) => byte & 255);
}

/** The class id (7 base32 characters) as its 4 bytes. */
export function classIdBytes(classId: string): Uint8Array | undefined {
  const bytes = fromBase32(classId);
  return bytes && bytes.length === 4 && toBase32(bytes) === classId ? bytes : undefined;
}

/** A new attempt id: 3 random bytes as 5 base32 characters. */
export function newAttemptId(): string {
  return toBase32(crypto.getRandomValues(new Uint8Array(ATTEMPT_BYTES)));
}

function attemptIdBytes(attemptId: string): Uint8Array | undefined {
  const bytes = fromBase32(attemptId);
  return bytes && bytes.length === ATTEMPT_BYTES && toBase32(bytes) === attemptId ? bytes : undefined;
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
  const attemptBytes = attemptIdBytes(result.attemptId);
  if (!attemptBytes) throw new Error(`Not an attempt id: "${result.attemptId}"`);
  if (result.firstTry.length === 0 || result.firstTry.length > 255) throw new Error('A class has 1 to 255 questions.');
  const bits = new Uint8Array(Math.ceil(result.firstTry.length / 8));
  result.firstTry.forEach((right, index) => {
    if (right) bits[index >> 3]! |= 1 << (7 - (index & 7));
  });
  const name = new TextEncoder().encode(fitNickname(result.nickname));
  const body = new Uint8Array([VERSION, ...classBytes, ...attemptBytes, result.firstTry.length, ...bits, ...name]);
  return groupInFours(toBase32(new Uint8Array([...body, ...checksum(body)])));
}

/** Reads a code back, or says what is wrong with it. */
export function decodeResult(code: string): { ok: true; result: ClassResult } | { ok: false; error: ResultCodeError } {
  const bytes = fromBase32(code);
  if (!bytes || bytes.length < 8) return { ok: false, error: 'format' };
  const body = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
  const sum = checksum(body);
  if (!sum.every((byte, index) => bytes[body.length + index] === byte)) return { ok: false, error: 'checksum' };
  if (body[0] === OLD_VERSION) return { ok: false, error: 'old-version' };
  if (body[0] !== VERSION) return { ok: false, error: 'version' };
  const count = body[HEADER_BYTES - 1] ?? 0;
  const bitBytes = Math.ceil(count / 8);
  const nameStart = HEADER_BYTES + bitBytes;
  if (count === 0 || body.length < nameStart || body.length > nameStart + MAX_NICKNAME_BYTES) {
    return { ok: false, error: 'length' };
  }
  const firstTry = Array.from(
    { length: count },
    (_, index) => ((body[HEADER_BYTES + (index >> 3)]! >> (7 - (index & 7))) & 1) === 1,
  );
  let nickname: string;
  try {
    nickname = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(nameStart));
  } catch {
    return { ok: false, error: 'format' };
  }
  return {
    ok: true,
    result: {
      classId: toBase32(body.subarray(1, 5)),
      attemptId: toBase32(body.subarray(5, 5 + ATTEMPT_BYTES)),
      firstTry,
      nickname,
    },
  };
}
