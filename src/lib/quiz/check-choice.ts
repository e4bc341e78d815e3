import type { ChoiceQuestion } from '../../schemas/question.ts';

/** The outcome of checking an answer to a choice question. */
export interface ChoiceResult {
  correct: boolean;
  /** Right options the reader did not pick (multiple choice). */
  missed: number[];
  /** Feedback of every picked option, in option order. */
  feedback: string[];
}

/** Checks the picked option indexes: right when exactly the right options are picked. */
export function checkChoice(question: Pick<ChoiceQuestion, 'options'>, picked: readonly number[]): ChoiceResult {
  const chosen = new Set(picked);
  const right = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  const correct = right.length === chosen.size && right.every((index) => chosen.has(index));
  return {
    correct,
    missed: right.filter((index) => !chosen.has(index)),
    feedback: question.options.flatMap((option, index) =>
      chosen.has(index) && option.feedback ? [option.feedback] : [],
    ),
  };
}
