import { z } from 'zod';
import { nameText } from './name-text.ts';
import { choiceOptionSchema } from './question.ts';
import { reviewedDate } from './reviewed.ts';
import { termId } from './taxonomy.ts';

const questionId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens, e.g. "updates-support-period".');

/**
 * Where a question is taught: a lesson slug, optionally followed by `#` and the id of a heading
 * in that lesson (the id is the heading text in lowercase with hyphens, as in the page address).
 */
export const lessonSectionRef = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*(#[^\s#]+)?$/,
    'Write the lesson slug, optionally with a section: "updates" or "updates#why-updates-matter".',
  );

/** Fields every question has. */
const questionBase = {
  /** Stable id, the same in every language; scores and class results refer to it. */
  id: questionId,
  /** The question, or for true/false the statement to judge. */
  question: z.string().trim().min(1, 'Write the question.').max(300, 'Keep the question under 300 characters.'),
  /** Why the right answer is right; shown after checking and on the answer key. */
  explanation: z.string().trim().min(10, 'Explain the right answer in a sentence or two.'),
  /** The lesson (and section) that teaches this, linked after the answer is checked. */
  learnMore: lessonSectionRef.optional(),
};

/** Pick one right option. */
const singleQuestion = z.strictObject({
  ...questionBase,
  /** single: pick the one right option. */
  type: z.literal('single'),
  /** 2 to 6 options; exactly one has `correct: true`. */
  options: z.array(choiceOptionSchema).min(2, 'Give at least two options.').max(6, 'Give at most six options.'),
});

/** Tick every right option. */
const multipleQuestion = z.strictObject({
  ...questionBase,
  /** multiple: tick every right option. */
  type: z.literal('multiple'),
  /** 3 to 6 options; one or more have `correct: true`. */
  options: z.array(choiceOptionSchema).min(3, 'Give at least three options.').max(6, 'Give at most six options.'),
});

/** Judge a statement: true or false. */
const trueFalseQuestion = z.strictObject({
  ...questionBase,
  /** true-false: judge whether a statement is true. */
  type: z.literal('true-false'),
  /** Whether the statement in `question` is true. */
  answer: z.boolean({ error: 'Write answer: true or answer: false.' }),
  /** Said when the reader answers "true". */
  feedbackTrue: z.string().trim().min(1).optional(),
  /** Said when the reader answers "false". */
  feedbackFalse: z.string().trim().min(1).optional(),
});

/** Put steps in order. */
const orderingQuestion = z.strictObject({
  ...questionBase,
  /** ordering: put steps in the right order. */
  type: z.literal('ordering'),
  /** 3 to 6 steps, written in the RIGHT order; readers see them shuffled. */
  items: z.array(z.string().trim().min(1)).min(3, 'Give at least three steps.').max(6, 'Give at most six steps.'),
});

/** Match each item on the left to one on the right. */
const matchingQuestion = z.strictObject({
  ...questionBase,
  /** matching: match each item to its partner. */
  type: z.literal('matching'),
  /** 3 to 6 pairs; readers see the right-hand sides shuffled. */
  pairs: z
    .array(
      z.strictObject({
        /** The item to match, e.g. a term. */ prompt: z.string().trim().min(1),
        /** What belongs to it, e.g. its meaning. */ match: z.string().trim().min(1),
      }),
    )
    .min(3, 'Give at least three pairs.')
    .max(6, 'Give at most six pairs.'),
});

export const quizQuestionSchema = z
  .discriminatedUnion(
    'type',
    [singleQuestion, multipleQuestion, trueFalseQuestion, orderingQuestion, matchingQuestion],
    {
      error: 'Set type to single, multiple, true-false, ordering or matching.',
    },
  )
  .superRefine((question, ctx) => {
    if (question.type === 'single' || question.type === 'multiple') {
      const right = question.options.filter((option) => option.correct).length;
      if (right === 0)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mark the right option with correct: true.' });
      if (question.type === 'single' && right > 1)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'A single-answer question has one right option; use type: multiple for more.',
        });
      const labels = question.options.map((option) => option.label);
      if (new Set(labels).size !== labels.length)
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'Two options have the same text.' });
    }
    if (question.type === 'ordering' && new Set(question.items).size !== question.items.length)
      ctx.addIssue({ code: 'custom', path: ['items'], message: 'Two steps have the same text.' });
    if (question.type === 'matching') {
      const matches = question.pairs.map((pair) => pair.match);
      if (new Set(matches).size !== matches.length)
        ctx.addIssue({
          code: 'custom',
          path: ['pairs'],
          message: 'Two pairs have the same match; each must be unique.',
        });
    }
  });

export type QuizQuestion = z.output<typeof quizQuestionSchema>;
export type QuestionType = QuizQuestion['type'];

/** A quiz: `content/quizzes/<lang>/<slug>.yaml`. */
export const quizSchema = z
  .strictObject({
    /** The quiz's heading. */
    title: nameText(90, 'title'),
    /** One or two sentences: what the quiz covers (shown on the overview and in search). */
    summary: z.string().trim().min(20).max(220, 'Keep the summary to 220 characters.'),
    /** beginner or intermediate. */
    level: z.enum(['beginner', 'intermediate']),
    /** Place on the overview, 1 first. */
    order: z.number().int().min(1),
    /** Slugs of the lessons this quiz tests. */
    lessons: z.array(termId).min(1, 'Name at least one lesson the quiz belongs to.'),
    /** The day someone last checked every question and answer against the lessons and sources, YYYY-MM-DD. */
    reviewed: reviewedDate,
    /** 4 to 15 questions. */
    questions: z
      .array(quizQuestionSchema)
      .min(4, 'Give at least four questions.')
      .max(15, 'Give at most fifteen questions.'),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (seen.has(question.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `"${question.id}" is used twice.`,
        });
      seen.add(question.id);
    });
  });

export type QuizData = z.output<typeof quizSchema>;
