import { z } from 'zod';

export const teacherGuideSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, 'Write a title.')
      .max(90, 'Keep the title under 90 characters.')
      .meta({ description: 'The guide\'s heading, e.g. "Teacher guide: Default passwords".' }),
    summary: z
      .string()
      .trim()
      .min(20)
      .max(220, 'Keep the summary to 220 characters.')
      .meta({ description: 'One or two sentences for the teacher: what the class does and learns.' }),
    duration: z
      .number()
      .int()
      .min(40, 'A class plan takes 40 to 60 minutes.')
      .max(60, 'A class plan takes 40 to 60 minutes.')
      .meta({ description: 'Length of the class in minutes, 40 to 60.' }),
    ages: z
      .strictObject({
        from: z.number().int().min(8).max(18).meta({ description: 'Youngest pupils, e.g. 12.' }),
        to: z.number().int().min(8).max(18).meta({ description: 'Oldest pupils, e.g. 16.' }),
      })
      .meta({ description: 'The ages the plan is written for.' }),
    goals: z
      .array(z.string().trim().min(1))
      .min(2)
      .max(5)
      .meta({ description: 'What pupils can do after the class: 2 to 5 lines, each starting with a verb.' }),
    materials: z
      .array(z.string().trim().min(1))
      .min(1, 'List at least one thing to prepare.')
      .meta({ description: 'What the teacher prepares: projector, printed worksheets, cards…' }),
    plan: z
      .array(
        z.strictObject({
          part: z.string().trim().min(1).meta({ description: 'The part, e.g. "Starter: who can see you?".' }),
          minutes: z.number().int().min(1).max(40).meta({ description: 'Its minutes.' }),
        }),
      )
      .min(3, 'Give at least three parts: a starter, an activity and a close.')
      .meta({ description: 'The parts of the class in order, with minutes; together they take `duration` minutes.' }),
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
  })
  .meta({
    description:
      "Front matter of a teacher guide: `content/teacher-guides/<lang>/<slug>.mdx`, where the slug is the slug of the lesson it is a class plan for. The text below the front matter is the plan, section by section; the site adds the school's safeguarding steps (the page `safeguarding`).",
  });

export type TeacherGuideData = z.output<typeof teacherGuideSchema>;
