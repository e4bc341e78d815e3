import type { QuizQuestion } from '../../schemas/quiz.ts';
import { classIdBytes } from './result-code.ts';
import { seededOrder } from './shuffle.ts';

/**
 * What a teacher chose for a class. It travels in the URL fragment of the class link (the part
 * after #, which browsers never send to a server), so no server and no account are needed.
 */
export interface ClassSettings {
  /** 7 base32 characters; also the seed that gives the whole class the same option order. */
  classId: string;
  quiz: string;
  /** The ids of the questions the class answers, in quiz order. */
  questions: string[];
  /** 'quiz': as written; 'shuffled': one mixed order, the same for everyone in the class. */
  order: 'quiz' | 'shuffled';
  /** The teacher's name for the class, e.g. "7B Thursday"; shown to students. */
  label: string;
}

export const MAX_LABEL_LENGTH = 40;

/** The fragment of the class link, without the "#". */
export function classFragment(settings: ClassSettings): string {
  const params = new URLSearchParams({
    class: settings.classId,
    q: settings.questions.join(','),
    order: settings.order,
  });
  if (settings.label) params.set('label', settings.label);
  return params.toString();
}

/** The class link as pupils open it: the quiz page with the class settings after "#". */
export function classLink(origin: string, lang: string, settings: ClassSettings): string {
  return `${origin}/${lang}/quizzes/${settings.quiz}/#${classFragment(settings)}`;
}

/** A quiz slug as the site makes them: safe to put in an address to fetch. */
export const isQuizSlug = (slug: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);

/**
 * The fragment of the teacher's links (present mode, results): the class fragment and the quiz,
 * so that any device that opens one has the whole class, not only the browser that made it.
 */
export function teacherFragment(settings: ClassSettings): string {
  return `quiz=${settings.quiz}&${classFragment(settings)}`;
}

/** The quiz a teacher's link names, or undefined when it names none or something else. */
export function quizOfFragment(fragment: string): string | undefined {
  const quiz = new URLSearchParams(fragment.replace(/^#/, '')).get('quiz') ?? '';
  return isQuizSlug(quiz) ? quiz : undefined;
}

/**
 * Reads class settings from a link's fragment for a given quiz. Anything damaged gives undefined
 * (the page then says the link is broken), never a half-working class.
 */
export function parseClassFragment(
  fragment: string,
  quiz: string,
  questionIds: readonly string[],
): ClassSettings | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const classId = params.get('class') ?? '';
  if (!classIdBytes(classId)) return undefined;
  const questions = (params.get('q') ?? '').split(',').filter(Boolean);
  const known = new Set(questionIds);
  if (questions.length === 0 || !questions.every((id) => known.has(id)) || new Set(questions).size !== questions.length)
    return undefined;
  const order = params.get('order');
  if (order !== 'quiz' && order !== 'shuffled') return undefined;
  const label = (params.get('label') ?? '').trim().slice(0, MAX_LABEL_LENGTH);
  return { classId, quiz, questions, order, label };
}

/** The class's questions in the order the class sees them. */
export function classQuestions<Q extends Pick<QuizQuestion, 'id'>>(all: readonly Q[], settings: ClassSettings): Q[] {
  const chosen = new Set(settings.questions);
  const inQuiz = all.filter((question) => chosen.has(question.id));
  if (settings.order === 'quiz') return inQuiz;
  return seededOrder(inQuiz.length, `${settings.classId}:questions`).map((index) => inQuiz[index]!);
}
