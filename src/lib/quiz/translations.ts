import type { QuizData, QuizQuestion } from '../../schemas/quiz.ts';
import { solutionOf } from './answers.ts';

/** The language-independent shape of a question: type, size and right answer. */
function shape(question: QuizQuestion): string {
  const size =
    question.type === 'single' || question.type === 'multiple'
      ? question.options.length
      : question.type === 'ordering'
        ? question.items.length
        : question.type === 'matching'
          ? question.pairs.length
          : 2;
  return `${question.type}/${size}/${solutionOf(question).join(',')}`;
}

/**
 * Differences between a quiz and its translation that would break scores and class results: the
 * same slug must have the same question ids, in the same order, with the same types, number of
 * options and right answers in every language. Returns readable problems, empty when they agree.
 */
export function translationProblems(reference: QuizData, translation: QuizData): string[] {
  const problems: string[] = [];
  const ids = reference.questions.map((question) => question.id);
  const translatedIds = translation.questions.map((question) => question.id);
  for (const id of ids.filter((id) => !translatedIds.includes(id))) problems.push(`question "${id}" is missing`);
  for (const id of translatedIds.filter((id) => !ids.includes(id)))
    problems.push(`question "${id}" is not in the original`);
  if (problems.length === 0 && ids.join() !== translatedIds.join()) problems.push('the questions are in another order');
  for (const question of translation.questions) {
    const original = reference.questions.find((item) => item.id === question.id);
    if (original && shape(original) !== shape(question)) {
      problems.push(
        `question "${question.id}" differs in type, number of options or right answer (${shape(original)} in the original, ${shape(question)} here)`,
      );
    }
  }
  return problems;
}
