import { decodeResult, type ClassResult, type ResultCodeError } from './result-code.ts';

export type RejectReason = ResultCodeError | 'other-class' | 'other-quiz-length' | 'duplicate';

export interface PastedCodes {
  accepted: { code: string; result: ClassResult }[];
  rejected: { code: string; reason: RejectReason }[];
}

/**
 * Reads what a teacher pasted: codes separated by spaces, commas or new lines (hyphens inside a
 * code are kept). Codes of another class or with the wrong number of questions are rejected with a
 * reason. One attempt is one pupil: a code already collected (`known`) or pasted twice counts
 * once, however it is written (case, hyphens); two pupils with the same answers have two attempts.
 */
export function readPastedCodes(
  text: string,
  classId: string,
  questionCount: number,
  known: readonly string[] = [],
): PastedCodes {
  const attemptOf = (code: string) => {
    const decoded = decodeResult(code);
    return decoded.ok ? decoded.result.attemptId : normalizeCode(code);
  };
  const seen = new Set(known.map(attemptOf));
  const out: PastedCodes = { accepted: [], rejected: [] };
  for (const code of text.split(/[\s,;]+/).filter(Boolean)) {
    const decoded = decodeResult(code);
    if (!decoded.ok) out.rejected.push({ code, reason: decoded.error });
    else if (decoded.result.classId !== classId) out.rejected.push({ code, reason: 'other-class' });
    else if (decoded.result.firstTry.length !== questionCount) out.rejected.push({ code, reason: 'other-quiz-length' });
    else if (seen.has(decoded.result.attemptId)) out.rejected.push({ code, reason: 'duplicate' });
    else {
      seen.add(decoded.result.attemptId);
      out.accepted.push({ code, result: decoded.result });
    }
  }
  return out;
}

export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export interface QuestionRate {
  id: string;
  /** Pupils whose first answer was right. */
  right: number;
  answered: number;
  /** Share right at the first try, 0..1. */
  rate: number;
}

export interface ClassSummary {
  students: { nickname: string; score: number; total: number }[];
  /** Most-missed questions first; ties in class order. */
  questions: QuestionRate[];
  averageScore: number;
}

/**
 * Per-pupil first-try scores and per-question first-try rates over the collected results: what
 * the class knew before feedback, "Try again" and "Show the answer".
 */
export function summarizeClass(questionIds: readonly string[], results: readonly ClassResult[]): ClassSummary {
  const questions = questionIds.map((id, index) => {
    const right = results.filter((result) => result.firstTry[index]).length;
    return { id, right, answered: results.length, rate: results.length ? right / results.length : 0, index };
  });
  questions.sort((a, b) => a.rate - b.rate || a.index - b.index);
  const students = results.map((result) => ({
    nickname: result.nickname,
    score: result.firstTry.filter(Boolean).length,
    total: result.firstTry.length,
  }));
  const averageScore = students.length
    ? students.reduce((sum, student) => sum + student.score, 0) / students.length
    : 0;
  return { students, questions: questions.map(({ index: _index, ...rate }) => rate), averageScore };
}
