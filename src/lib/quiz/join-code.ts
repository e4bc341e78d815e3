import { fromBase32, groupInFours, toBase32 } from './base32.ts';
import type { ClassSettings } from './class-session.ts';
import { hashText } from './shuffle.ts';

/**
 * A join code: the whole class in 12 base32 characters that a pupil can type from the board,
 * shown as `K7QX-2M04-B9T1` (14 characters). 60 bits:
 *
 *   class key (24, random) · quiz (8, a hash of its slug) · order (1) · chosen questions (15, one
 *   bit per question of the quiz in quiz order; quizzes have at most 15) · check (12)
 *
 * The class id of a class made with a join code is its key plus the quiz byte, so every device
 * that reads the code seeds the same option order and accepts the same result codes. The class
 * name does not fit; a class opened from a join code is named by its id.
 */
export const JOIN_CODE_LENGTH = 12;
const MAX_QUESTIONS = 15;

export interface JoinQuiz {
  slug: string;
  /** Question ids in quiz order. */
  questions: readonly string[];
}

export type JoinCodeError = 'format' | 'check' | 'unknown-quiz' | 'questions';

/** The byte that names a quiz in join codes; a unit test keeps the site's quizzes apart. */
export function quizByte(slug: string): number {
  return hashText(slug) & 255;
}

function checkBits(value: bigint): number {
  return hashText(`join:${value.toString(16)}`) & 0xfff;
}

/** A class id for a new class that can travel as a join code: 3 random bytes and the quiz byte. */
export function joinableClassId(slug: string): string {
  const key = crypto.getRandomValues(new Uint8Array(3));
  return toBase32(new Uint8Array([...key, quizByte(slug)]));
}

/**
 * The join code of a class, or undefined for a class made before join codes (its id is fully
 * random) or with a question the quiz no longer has.
 */
export function encodeJoinCode(settings: ClassSettings, quiz: JoinQuiz): string | undefined {
  const id = fromBase32(settings.classId);
  if (!id || id.length !== 4 || id[3] !== quizByte(quiz.slug) || quiz.questions.length > MAX_QUESTIONS)
    return undefined;
  let mask = 0;
  for (const question of settings.questions) {
    const index = quiz.questions.indexOf(question);
    if (index < 0) return undefined;
    mask |= 1 << (MAX_QUESTIONS - 1 - index);
  }
  let value = (BigInt(id[0]!) << 16n) | (BigInt(id[1]!) << 8n) | BigInt(id[2]!);
  value = (value << 8n) | BigInt(id[3]!);
  value = (value << 1n) | (settings.order === 'shuffled' ? 1n : 0n);
  value = (value << 15n) | BigInt(mask);
  value = (value << 12n) | BigInt(checkBits(value));
  const bytes = new Uint8Array(8);
  // 60 bits, left-aligned in 8 bytes: the first 12 base32 characters are the code.
  new DataView(bytes.buffer).setBigUint64(0, value << 4n);
  return toBase32(bytes).slice(0, JOIN_CODE_LENGTH);
}

/** Reads a join code typed in any case, with or without hyphens and spaces. */
export function decodeJoinCode(
  code: string,
  quizzes: readonly JoinQuiz[],
): { ok: true; settings: ClassSettings } | { ok: false; error: JoinCodeError } {
  const clean = code.toUpperCase().replace(/[\s-]/g, '');
  if (clean.length !== JOIN_CODE_LENGTH) return { ok: false, error: 'format' };
  const bytes = fromBase32(`${clean}0000`);
  if (!bytes || bytes.length < 8) return { ok: false, error: 'format' };
  const value = new DataView(bytes.buffer).getBigUint64(0) >> 4n;
  const check = Number(value & 0xfffn);
  const body = value >> 12n;
  if (checkBits(body) !== check) return { ok: false, error: 'check' };
  const mask = Number(body & 0x7fffn);
  const shuffled = ((body >> 15n) & 1n) === 1n;
  const quizId = Number((body >> 16n) & 0xffn);
  const key = Number(body >> 24n);
  const quiz = quizzes.find((item) => quizByte(item.slug) === quizId);
  if (!quiz) return { ok: false, error: 'unknown-quiz' };
  const questions = quiz.questions.filter((_, index) => (mask >> (MAX_QUESTIONS - 1 - index)) & 1);
  const beyond = mask & ((1 << Math.max(0, MAX_QUESTIONS - quiz.questions.length)) - 1);
  if (questions.length === 0 || beyond !== 0) return { ok: false, error: 'questions' };
  const classId = toBase32(new Uint8Array([key >> 16, (key >> 8) & 255, key & 255, quizId]));
  return {
    ok: true,
    settings: { classId, quiz: quiz.slug, questions, order: shuffled ? 'shuffled' : 'quiz', label: '' },
  };
}

/** The code as shown on the board and typed: three groups of four. */
export function showJoinCode(code: string): string {
  return groupInFours(code);
}

/**
 * The address in the class QR code: the join page with the code after "#". Scheme and host are
 * written in capitals (they are case-insensitive), so the QR encoder packs them in its compact
 * alphanumeric mode and the code stays at version 4 (33 × 33 modules) for this site's address:
 * large modules that a phone reads from the back of a classroom.
 */
export function joinAddress(siteUrl: string, lang: string, code: string): string {
  const url = new URL(siteUrl);
  return `${url.protocol.toUpperCase()}//${url.host.toUpperCase()}/${lang}/classroom/join/#${code}`;
}
