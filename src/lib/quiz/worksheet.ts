import type { QuizQuestion } from '../../schemas/quiz.ts';
import { seededDerangedOrder, seededOrder } from './shuffle.ts';

/** Letters for options and matches on paper: A, B, C … */
export const LETTERS = 'ABCDEF';

export interface PaperLine {
  letter: string;
  text: string;
}

/** A question laid out for paper; the worksheet and its answer key share the order, so letters agree. */
export type PaperQuestion =
  | { kind: 'choice'; multiple: boolean; options: PaperLine[]; answer: string[] }
  | { kind: 'true-false'; answer: boolean }
  | { kind: 'ordering'; steps: string[]; answer: number[] }
  | { kind: 'matching'; prompts: string[]; matches: PaperLine[]; answer: string[] };

/**
 * Lays a question out for the printed worksheet. The order is seeded by the quiz slug and question
 * id, so every printout of a quiz and its answer key match.
 * - choice: options lettered A…; answer = letters of the right options.
 * - ordering: steps mixed up; answer = for each printed step, its right position (1-based).
 * - matching: prompts as written, matches lettered and mixed; answer = for each prompt, its letter.
 */
export function paperQuestion(question: QuizQuestion, seed: string): PaperQuestion {
  const key = `${seed}:${question.id}`;
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const order = seededOrder(question.options.length, key);
      const options = order.map((index, position) => ({
        letter: LETTERS[position]!,
        text: question.options[index]!.label,
      }));
      const answer = order.flatMap((index, position) => (question.options[index]!.correct ? [LETTERS[position]!] : []));
      return { kind: 'choice', multiple: question.type === 'multiple', options, answer };
    }
    case 'true-false':
      return { kind: 'true-false', answer: question.answer };
    case 'ordering': {
      const order = seededDerangedOrder(question.items.length, key);
      return {
        kind: 'ordering',
        steps: order.map((index) => question.items[index]!),
        answer: order.map((index) => index + 1),
      };
    }
    case 'matching': {
      const order = seededOrder(question.pairs.length, key);
      const matches = order.map((index, position) => ({
        letter: LETTERS[position]!,
        text: question.pairs[index]!.match,
      }));
      const answer = question.pairs.map((_, index) => LETTERS[order.indexOf(index)]!);
      return { kind: 'matching', prompts: question.pairs.map((pair) => pair.prompt), matches, answer };
    }
  }
}
