import { readStored, writeStored, clearStored, type KeyValueStore } from '../lessons/device-storage.ts';
import type { Answer } from './answers.ts';
import type { ClassSettings } from './class-session.ts';

/*
 * What quizzes remember on this device (localStorage, prefix "lindenhaven:"): the best score per
 * quiz, an attempt in progress (so a reload loses nothing), and for teachers the classes they
 * started and the result codes they collected. Nothing is sent anywhere.
 */

export interface BestScore {
  score: number;
  total: number;
  /** YYYY-MM-DD */
  date: string;
}

const isBest = (value: unknown): value is BestScore =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as BestScore).score) &&
  Number.isInteger((value as BestScore).total) &&
  typeof (value as BestScore).date === 'string';

const bestKey = (slug: string) => `quiz:best:${slug}`;

export function bestScore(slug: string, from?: KeyValueStore): BestScore | undefined {
  return readStored<BestScore | undefined>(
    bestKey(slug),
    undefined,
    (value): value is BestScore => isBest(value),
    from,
  );
}

/** Keeps the better of the stored and the new score (by share right); returns what is kept. */
export function recordScore(slug: string, score: BestScore, on?: KeyValueStore): BestScore {
  const best = bestScore(slug, on);
  if (best && best.score / best.total >= score.score / score.total) return best;
  writeStored(bestKey(slug), score, on);
  return score;
}

export interface Attempt {
  /** Seed of the option order of this attempt. */
  seed: string;
  answers: Record<string, Answer>;
  /** Ids of the questions whose answer was checked. */
  checked: string[];
  /** Ids of questions whose solution was shown (they score no point). */
  revealed: string[];
  /** Current question (one-at-a-time view). */
  current: number;
  finished: boolean;
  /** In a class: the nickname the student chose (optional), shown in the result code. */
  nickname?: string;
  /** Random per attempt (5 base32 characters), so two pupils who answer alike give two result codes. */
  attemptId?: string;
  /** Per question id: whether the first checked answer was right (a shown solution counts as wrong). */
  firstTry?: Record<string, boolean>;
}

const isAttempt = (value: unknown): value is Attempt => {
  const attempt = value as Attempt;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof attempt.seed === 'string' &&
    typeof attempt.answers === 'object' &&
    attempt.answers !== null &&
    Array.isArray(attempt.checked) &&
    Array.isArray(attempt.revealed) &&
    Number.isInteger(attempt.current) &&
    typeof attempt.finished === 'boolean'
  );
};

/** The key of an attempt: per quiz, and per class when taken in a class. */
export const attemptKey = (slug: string, classId?: string) =>
  classId ? `quiz:attempt:${slug}:${classId}` : `quiz:attempt:${slug}`;

export function storedAttempt(key: string, from?: KeyValueStore): Attempt | undefined {
  return readStored<Attempt | undefined>(key, undefined, (value): value is Attempt => isAttempt(value), from);
}

export function saveAttempt(key: string, attempt: Attempt, on?: KeyValueStore): void {
  writeStored(key, attempt, on);
}

export function forgetAttempt(key: string, on?: KeyValueStore): void {
  clearStored(key, on);
}

/** A class a teacher started on this device, with the codes collected so far. */
export interface TeacherClass extends ClassSettings {
  lang: string;
  /** YYYY-MM-DD */
  created: string;
  codes: string[];
}

const CLASSES_KEY = 'classroom:classes';

const isTeacherClass = (value: unknown): value is TeacherClass => {
  const item = value as TeacherClass;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof item.classId === 'string' &&
    typeof item.quiz === 'string' &&
    typeof item.lang === 'string' &&
    Array.isArray(item.questions) &&
    Array.isArray(item.codes) &&
    (item.order === 'quiz' || item.order === 'shuffled')
  );
};

export function teacherClasses(from?: KeyValueStore): TeacherClass[] {
  return readStored(
    CLASSES_KEY,
    [],
    (value): value is TeacherClass[] => Array.isArray(value) && value.every(isTeacherClass),
    from,
  );
}

/** Adds or replaces a class (by id), newest first; returns the new list. */
export function saveTeacherClass(item: TeacherClass, on?: KeyValueStore): TeacherClass[] {
  const next = [item, ...teacherClasses(on).filter((other) => other.classId !== item.classId)];
  writeStored(CLASSES_KEY, next, on);
  return next;
}

export function deleteTeacherClass(classId: string, on?: KeyValueStore): TeacherClass[] {
  const next = teacherClasses(on).filter((item) => item.classId !== classId);
  writeStored(CLASSES_KEY, next, on);
  clearStored(presentKey(classId), on);
  return next;
}

/** Where present mode is in a class, and the hands counted per question and option, kept across reloads. */
export interface PresentState {
  /** -1: the join screen; otherwise the question shown. */
  index: number;
  /** Per question id: hands per option, indexed like answers. */
  tally: Record<string, number[]>;
}

const presentKey = (classId: string) => `classroom:present:${classId}`;

const isPresentState = (value: unknown): value is PresentState => {
  const state = value as PresentState;
  return (
    typeof value === 'object' &&
    value !== null &&
    Number.isInteger(state.index) &&
    typeof state.tally === 'object' &&
    state.tally !== null &&
    Object.values(state.tally).every(
      (counts) => Array.isArray(counts) && counts.every((count) => count === null || Number.isInteger(count)),
    )
  );
};

export function presentState(classId: string, from?: KeyValueStore): PresentState {
  return readStored(presentKey(classId), { index: -1, tally: {} }, isPresentState, from);
}

export function savePresentState(classId: string, state: PresentState, on?: KeyValueStore): void {
  writeStored(presentKey(classId), state, on);
}
