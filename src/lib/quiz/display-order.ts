import type { QuizQuestion } from '../../schemas/quiz.ts';
import type { Answer } from './answers.ts';
import { seededDerangedOrder, seededOrder } from './shuffle.ts';

/**
 * The order a question's options (choice) or matches (matching) are shown in, from the attempt's
 * seed. In a class the seed is the class id, so students and the projector agree on "option B".
 */
export function displayOrder(question: QuizQuestion, seed: string): number[] {
  const key = `${seed}:${question.id}`;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return seededOrder(question.options.length, key);
    case 'matching':
      return seededOrder(question.pairs.length, key);
    case 'true-false':
      return [1, 0];
    case 'ordering':
      return seededDerangedOrder(question.items.length, key);
  }
}

/** Before the reader touches it, an ordering question shows its steps mixed up; others start empty. */
export function startingAnswer(question: QuizQuestion, seed: string): Answer {
  return question.type === 'ordering' ? displayOrder(question, seed) : [];
}
