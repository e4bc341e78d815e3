import { z } from 'zod';
import { httpsUrl } from './links.ts';
import { nameText } from './name-text.ts';
import { reviewedDate } from './reviewed.ts';
import { termId } from './taxonomy.ts';

export const lessonSchema = z
  .strictObject({
    title: nameText(90, 'title').meta({ description: "The lesson's heading." }),
    summary: z.string().trim().min(20).max(220, 'Keep the summary to 220 characters.').meta({
      description: 'One or two sentences: what the reader gets out of it (shown on the overview and in search).',
    }),
    duration: z.number().int().min(3).max(15).meta({ description: 'Minutes a resident needs, 3 to 15.' }),
    level: z.enum(['beginner', 'intermediate']).meta({ description: 'beginner or intermediate.' }),
    order: z.number().int().min(1).meta({ description: 'Place in the curriculum, 1 first.' }),
    objectives: z
      .array(z.string().trim().min(1))
      .min(2)
      .max(5)
      .meta({ description: 'What the reader can do afterwards: 2 to 5 lines, each starting with a verb.' }),
    provisions: z
      .array(z.string().regex(/^[56]\.\d{1,2}$/, 'Write a provision number such as "5.1" or "5.13".'))
      .meta({ description: 'ETSI EN 303 645 provisions the lesson teaches, e.g. "5.1".' }),
    relatedQuiz: termId.optional().meta({ description: 'Slug of the quiz on the same theme, when there is one.' }),
    reviewed: reviewedDate.meta({
      description: 'The day someone last checked the whole lesson against its sources, YYYY-MM-DD.',
    }),
    sources: z
      .array(
        z.strictObject({
          title: z.string().trim().min(1).meta({ description: 'Title of the source.' }),
          url: httpsUrl.meta({ description: 'Its https address.' }),
          read: reviewedDate.meta({ description: 'The day the source was last read for this lesson, YYYY-MM-DD.' }),
        }),
      )
      .min(1, 'Name at least one source.')
      .meta({ description: 'Public sources the lesson rests on, shown at its end.' }),
  })
  .meta({ description: 'Front matter of a lesson: `content/lessons/<lang>/<slug>.mdx`.' });

export type LessonData = z.output<typeof lessonSchema>;

/** One glossary term (`content/glossary/<lang>.yaml` is a list of these). */
export const glossaryTermSchema = z.strictObject({
  id: termId.meta({ description: 'Stable id, the same in every language; lessons use it in <KeyTerm id="...">.' }),
  term: nameText(80, 'term').meta({ description: 'The term as readers see it.' }),
  definition: z.string().trim().min(10).meta({ description: 'One or two plain sentences.' }),
});

export const glossarySchema = z
  .array(glossaryTermSchema)
  .superRefine((terms, ctx) => {
    const seen = new Set<string>();
    terms.forEach((term, index) => {
      if (seen.has(term.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${term.id}" is listed twice.` });
      seen.add(term.id);
    });
  })
  .meta({ description: 'content/glossary/<lang>.yaml: the glossary of one language, a list of terms, each id once.' });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
