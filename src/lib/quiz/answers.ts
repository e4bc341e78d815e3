import type { QuizQuestion } from '../../schemas/quiz.ts';
import { checkChoice } from './check-choice.ts';

/**
 * An answer is a list of indexes into the question as written in the content file, whatever
 * order the reader saw:
 * - single / multiple: the picked options;
 * - true-false: [1] for true, [0] for false;
 * - ordering: the steps in the order the reader put them;
 * - matching: for each prompt, the pair whose match the reader chose (-1 = none yet).
 */
export type Answer = number[];

export interface AnswerResult {
  correct: boolean;
  /** Feedback written for what the reader chose, in order. */
  feedback: string[];
  /** Per option (choice), per position (ordering) or per prompt (matching): whether that part is right. */
  parts: boolean[];
}

/** Whether the reader has given enough to check: something picked, every prompt matched. */
export function isComplete(question: QuizQuestion, answer: Answer): boolean {
  switch (question.type) {
    case 'single':
    case 'true-false':
      return answer.length === 1;
    case 'multiple':
      return answer.length > 0;
    case 'ordering':
      return answer.length === question.items.length;
    case 'matching':
      return answer.length === question.pairs.length && answer.every((choice) => choice >= 0);
  }
}

/** The right answer, in the same form as a reader's answer. */
export function solutionOf(question: QuizQuestion): Answer {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.flatMap((option, index) => (option.correct ? [index] : []));
    case 'true-false':
      return [question.answer ? 1 : 0];
    case 'ordering':
      return question.items.map((_, index) => index);
    case 'matching':
      return question.pairs.map((_, index) => index);
  }
}

/** Checks an answer: right only when it is wholly right (no partial points, so scores stay simple to read). */
export function checkAnswer(question: QuizQuestion, answer: Answer): AnswerResult {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const result = checkChoice(question, answer);
      const picked = new Set(answer);
      return {
        correct: result.correct,
        feedback: result.feedback,
        parts: question.options.map((option, index) => Boolean(option.correct) === picked.has(index)),
      };
    }
    case 'true-false': {
      const saidTrue = answer[0] === 1;
      const feedback = saidTrue ? question.feedbackTrue : question.feedbackFalse;
      const correct = answer.length === 1 && saidTrue === question.answer;
      return { correct, feedback: feedback ? [feedback] : [], parts: [correct] };
    }
    case 'ordering':
    case 'matching': {
      const length = question.type === 'ordering' ? question.items.length : question.pairs.length;
      const parts = Array.from({ length }, (_, index) => answer[index] === index);
      return { correct: parts.every(Boolean), feedback: [], parts };
    }
  }
}

/** A stored answer that no longer fits the question (content changed since) is dropped, not trusted. */
export function fitsQuestion(question: QuizQuestion, answer: unknown): answer is Answer {
  if (!Array.isArray(answer) || !answer.every((value) => Number.isInteger(value))) return false;
  const size =
    question.type === 'single' || question.type === 'multiple'
      ? question.options.length
      : question.type === 'true-false'
        ? 2
        : question.type === 'ordering'
          ? question.items.length
          : question.pairs.length;
  if (question.type === 'ordering')
    return (
      answer.length === size &&
      new Set(answer).size === size &&
      answer.every((value: number) => value >= 0 && value < size)
    );
  return answer.every((value: number) => value >= -1 && value < size);
}
