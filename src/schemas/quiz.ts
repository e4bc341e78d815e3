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
  id: questionId.meta({ description: 'Stable id, the same in every language; scores and class results refer to it.' }),
  question: z
    .string()
    .trim()
    .min(1, 'Write the question.')
    .max(300, 'Keep the question under 300 characters.')
    .meta({ description: 'The question, or for true/false the statement to judge.' }),
  explanation: z
    .string()
    .trim()
    .min(10, 'Explain the right answer in a sentence or two.')
    .meta({ description: 'Why the right answer is right; shown after checking and on the answer key.' }),
  learnMore: lessonSectionRef
    .optional()
    .meta({ description: 'The lesson (and section) that teaches this, linked after the answer is checked.' }),
};

/** Pick one right option. */
const singleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('single').meta({ description: 'single: pick the one right option.' }),
  options: z
    .array(choiceOptionSchema)
    .min(2, 'Give at least two options.')
    .max(6, 'Give at most six options.')
    .meta({ description: '2 to 6 options; exactly one has `correct: true`.' }),
});

/** Tick every right option. */
const multipleQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('multiple').meta({ description: 'multiple: tick every right option.' }),
  options: z
    .array(choiceOptionSchema)
    .min(3, 'Give at least three options.')
    .max(6, 'Give at most six options.')
    .meta({ description: '3 to 6 options; one or more have `correct: true`.' }),
});

/** Judge a statement: true or false. */
const trueFalseQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('true-false').meta({ description: 'true-false: judge whether a statement is true.' }),
  answer: z
    .boolean({ error: 'Write answer: true or answer: false.' })
    .meta({ description: 'Whether the statement in `question` is true.' }),
  feedbackTrue: z.string().trim().min(1).optional().meta({ description: 'Said when the reader answers "true".' }),
  feedbackFalse: z.string().trim().min(1).optional().meta({ description: 'Said when the reader answers "false".' }),
});

/** Put steps in order. */
const orderingQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('ordering').meta({ description: 'ordering: put steps in the right order.' }),
  items: z
    .array(z.string().trim().min(1))
    .min(3, 'Give at least three steps.')
    .max(6, 'Give at most six steps.')
    .meta({ description: '3 to 6 steps, written in the RIGHT order; readers see them shuffled.' }),
});

/** Match each item on the left to one on the right. */
const matchingQuestion = z.strictObject({
  ...questionBase,
  type: z.literal('matching').meta({ description: 'matching: match each item to its partner.' }),
  pairs: z
    .array(
      z.strictObject({
        prompt: z.string().trim().min(1).meta({ description: 'The item to match, e.g. a term.' }),
        match: z.string().trim().min(1).meta({ description: 'What belongs to it, e.g. its meaning.' }),
      }),
    )
    .min(3, 'Give at least three pairs.')
    .max(6, 'Give at most six pairs.')
    .meta({ description: '3 to 6 pairs; readers see the right-hand sides shuffled.' }),
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

export const quizSchema = z
  .strictObject({
    title: nameText(90, 'title').meta({ description: "The quiz's heading." }),
    summary: z
      .string()
      .trim()
      .min(20)
      .max(220, 'Keep the summary to 220 characters.')
      .meta({ description: 'One or two sentences: what the quiz covers (shown on the overview and in search).' }),
    level: z.enum(['beginner', 'intermediate']).meta({ description: 'beginner or intermediate.' }),
    order: z.number().int().min(1).meta({ description: 'Place on the overview, 1 first.' }),
    lessons: z
      .array(termId)
      .min(1, 'Name at least one lesson the quiz belongs to.')
      .meta({ description: 'Slugs of the lessons this quiz tests.' }),
    reviewed: reviewedDate.meta({
      description:
        'The day someone last checked every question and answer against the lessons and sources, YYYY-MM-DD.',
    }),
    questions: z
      .array(quizQuestionSchema)
      .min(4, 'Give at least four questions.')
      .max(15, 'Give at most fifteen questions.')
      .meta({ description: '4 to 15 questions.' }),
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
  })
  .meta({ description: 'A quiz: `content/quizzes/<lang>/<slug>.yaml`.' });

export type QuizData = z.output<typeof quizSchema>;
