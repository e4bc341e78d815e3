import { readPastedCodes } from './class-results.ts';
import { MAX_LABEL_LENGTH } from './class-session.ts';
import type { JoinQuiz } from './join-code.ts';
import { classIdBytes } from './result-code.ts';
import type { TeacherClass } from './quiz-storage.ts';

/**
 * A class saved to a file, so a teacher can move it to another device or keep it when the browser
 * clears site data. Plain JSON, readable in any text editor; only what the teacher already sees.
 */
const FORMAT = 'lindenhaven-class';
const VERSION = 1;

export function classFile(item: TeacherClass): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, class: item }, null, 2) + '\n';
}

export function classFileName(item: TeacherClass): string {
  return `class-${item.classId}.json`;
}

export type ClassFileError = 'not-json' | 'not-a-class-file' | 'newer-version' | 'unknown-quiz' | 'damaged';

/**
 * Reads a class file, checking every field against the quizzes of this site, so a damaged or
 * hostile file cannot bring in anything the pages would not make themselves. Codes that do not
 * belong to the class are dropped.
 */
export function readClassFile(
  text: string,
  quizzes: readonly JoinQuiz[],
): { ok: true; item: TeacherClass } | { ok: false; error: ClassFileError } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  const file = data as { format?: unknown; version?: unknown; class?: Partial<Record<keyof TeacherClass, unknown>> };
  if (typeof data !== 'object' || data === null || file.format !== FORMAT)
    return { ok: false, error: 'not-a-class-file' };
  if (typeof file.version !== 'number' || file.version > VERSION) return { ok: false, error: 'newer-version' };
  const saved = file.class ?? {};
  const quiz = quizzes.find((item) => item.slug === saved.quiz);
  if (!quiz) return { ok: false, error: 'unknown-quiz' };
  const questions = Array.isArray(saved.questions) ? saved.questions.filter((id) => typeof id === 'string') : [];
  if (
    typeof saved.classId !== 'string' ||
    !classIdBytes(saved.classId) ||
    questions.length === 0 ||
    !questions.every((id) => quiz.questions.includes(id)) ||
    (saved.order !== 'quiz' && saved.order !== 'shuffled') ||
    typeof saved.lang !== 'string' ||
    !/^[a-z]{2,3}$/.test(saved.lang) ||
    !Array.isArray(saved.codes)
  )
    return { ok: false, error: 'damaged' };
  const codes = readPastedCodes(
    saved.codes.filter((code) => typeof code === 'string').join('\n'),
    saved.classId,
    questions.length,
  ).accepted.map((entry) => entry.code);
  const created = typeof saved.created === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saved.created) ? saved.created : '';
  const label = typeof saved.label === 'string' ? saved.label.trim().slice(0, MAX_LABEL_LENGTH) : '';
  return {
    ok: true,
    item: {
      classId: saved.classId,
      quiz: quiz.slug,
      questions,
      order: saved.order,
      label,
      lang: saved.lang,
      created,
      codes,
    },
  };
}
