import { z } from 'zod';

/** One answer option of a choice question. */
export const choiceOptionSchema = z.strictObject({
  label: z.string().trim().min(1, 'Write the option text.').meta({ description: 'What the reader sees.' }),
  correct: z.boolean().optional().meta({ description: 'Whether this option is (one of) the right answer(s).' }),
  feedback: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ description: 'Said when the reader picks this option: why it is right or wrong.' }),
});

/**
 * A choice question: one right answer (`single`, also true/false) or several (`multiple`). Shared
 * by the knowledge checks in lessons and the quizzes.
 */
export const choiceQuestionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens, e.g. "passwords-q1".')
      .meta({ description: 'Stable id, unique on the page; progress and results refer to it.' }),
    type: z
      .enum(['single', 'multiple'])
      .default('single')
      .meta({ description: 'single: one right option; multiple: tick every right option.' }),
    question: z.string().trim().min(1, 'Write the question.').meta({ description: 'The question.' }),
    options: z
      .array(choiceOptionSchema)
      .min(2, 'Give at least two options.')
      .max(6, 'Give at most six options.')
      .meta({ description: '2 to 6 options.' }),
    explanation: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'Why the right answer is right; shown after checking.' }),
  })
  .superRefine((question, ctx) => {
    const right = question.options.filter((option) => option.correct).length;
    if (right === 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mark the right option with correct: true.' });
    if (question.type === 'single' && right > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'A single-answer question has one right option; use type="multiple" for more.',
      });
    }
  });

export type ChoiceQuestion = z.output<typeof choiceQuestionSchema>;
