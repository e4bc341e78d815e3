import type { QuizQuestion } from '../../schemas/quiz.ts';
import { checkAnswer, type Answer } from './answers.ts';

export interface QuizScore {
  score: number;
  total: number;
  /** Ids of the questions answered wrongly or not at all, in quiz order: what to revisit. */
  toRevisit: string[];
}

/** Scores a whole quiz: one point per wholly right answer. */
export function scoreQuiz(questions: readonly QuizQuestion[], answers: Readonly<Record<string, Answer>>): QuizScore {
  const toRevisit = questions
    .filter((question) => {
      const answer = answers[question.id];
      return !answer || !checkAnswer(question, answer).correct;
    })
    .map((question) => question.id);
  return { score: questions.length - toRevisit.length, total: questions.length, toRevisit };
}

/**
 * Per question, whether the first try was right: the first checked answer as recorded while
 * answering (a shown solution counts as wrong); a question never checked counts with the answer
 * given at the end, its only try.
 */
export function firstTries(
  questions: readonly Pick<QuizQuestion, 'id'>[],
  recorded: Readonly<Record<string, boolean>>,
  score: QuizScore,
): boolean[] {
  return questions.map((question) => recorded[question.id] ?? !score.toRevisit.includes(question.id));
}
