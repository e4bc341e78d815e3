import { z } from 'zod';

/**
 * Front matter of a teacher guide: `content/teacher-guides/<lang>/<slug>.mdx`, where the slug is
 * the slug of the lesson it is a class plan for. The text below the front matter is the plan,
 * section by section; the site adds the school's safeguarding steps (the page `safeguarding`).
 */
export const teacherGuideSchema = z
  .strictObject({
    /** The guide's heading, e.g. "Teacher guide: Default passwords". */
    title: z.string().trim().min(1, 'Write a title.').max(90, 'Keep the title under 90 characters.'),
    /** One or two sentences for the teacher: what the class does and learns. */
    summary: z.string().trim().min(20).max(220, 'Keep the summary to 220 characters.'),
    /** Length of the class in minutes, 40 to 60. */
    duration: z
      .number()
      .int()
      .min(40, 'A class plan takes 40 to 60 minutes.')
      .max(60, 'A class plan takes 40 to 60 minutes.'),
    /** The ages the plan is written for. */
    ages: z.strictObject({
      /** Youngest pupils, e.g. 12. */ from: z.number().int().min(8).max(18),
      /** Oldest pupils, e.g. 16. */ to: z.number().int().min(8).max(18),
    }),
    /** What pupils can do after the class: 2 to 5 lines, each starting with a verb. */
    goals: z.array(z.string().trim().min(1)).min(2).max(5),
    /** What the teacher prepares: projector, printed worksheets, cards… */
    materials: z.array(z.string().trim().min(1)).min(1, 'List at least one thing to prepare.'),
    /** The parts of the class in order, with minutes; together they take `duration` minutes. */
    plan: z
      .array(
        z.strictObject({
          /** The part, e.g. "Starter: who can see you?". */ part: z.string().trim().min(1),
          /** Its minutes. */ minutes: z.number().int().min(1).max(40),
        }),
      )
      .min(3, 'Give at least three parts: a starter, an activity and a close.'),
  })
  .superRefine((guide, ctx) => {
    if (guide.ages.from > guide.ages.to)
      ctx.addIssue({
        code: 'custom',
        path: ['ages', 'to'],
        message: 'Write the oldest age in "to", the youngest in "from".',
      });
    const planned = guide.plan.reduce((sum, part) => sum + part.minutes, 0);
    if (planned !== guide.duration)
      ctx.addIssue({
        code: 'custom',
        path: ['plan'],
        message: `The parts take ${planned} minutes, but duration is ${guide.duration}: make them add up.`,
      });
  });

export type TeacherGuideData = z.output<typeof teacherGuideSchema>;
