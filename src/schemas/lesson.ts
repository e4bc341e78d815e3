import { z } from 'zod';
import { httpsUrl } from './links.ts';
import { nameText } from './name-text.ts';
import { reviewedDate } from './reviewed.ts';
import { termId } from './taxonomy.ts';

/** Front matter of a lesson: `content/lessons/<lang>/<slug>.mdx`. */
export const lessonSchema = z.strictObject({
  /** The lesson's heading. */
  title: nameText(90, 'title'),
  /** One or two sentences: what the reader gets out of it (shown on the overview and in search). */
  summary: z.string().trim().min(20).max(220, 'Keep the summary to 220 characters.'),
  /** Minutes a resident needs, 3 to 15. */
  duration: z.number().int().min(3).max(15),
  /** beginner or intermediate. */
  level: z.enum(['beginner', 'intermediate']),
  /** Place in the curriculum, 1 first. */
  order: z.number().int().min(1),
  /** What the reader can do afterwards: 2 to 5 lines, each starting with a verb. */
  objectives: z.array(z.string().trim().min(1)).min(2).max(5),
  /** ETSI EN 303 645 provisions the lesson teaches, e.g. "5.1". */
  provisions: z.array(z.string().regex(/^[56]\.\d{1,2}$/, 'Write a provision number such as "5.1" or "5.13".')),
  /** Slug of the quiz on the same theme, when there is one. */
  relatedQuiz: termId.optional(),
  /** The day someone last checked the whole lesson against its sources, YYYY-MM-DD. */
  reviewed: reviewedDate,
  /** Public sources the lesson rests on, shown at its end. */
  sources: z
    .array(
      z.strictObject({
        /** Title of the source. */ title: z.string().trim().min(1),
        /** Its https address. */ url: httpsUrl,
        /** The day the source was last read for this lesson, YYYY-MM-DD. */ read: reviewedDate,
      }),
    )
    .min(1, 'Name at least one source.'),
});

export type LessonData = z.output<typeof lessonSchema>;

/** One glossary term (`content/glossary/<lang>.yaml` is a list of these). */
export const glossaryTermSchema = z.strictObject({
  /** Stable id, the same in every language; lessons use it in <KeyTerm id="...">. */
  id: termId,
  /** The term as readers see it. */
  term: nameText(80, 'term'),
  /** One or two plain sentences. */
  definition: z.string().trim().min(10),
});

/** content/glossary/<lang>.yaml: the glossary of one language, a list of terms, each id once. */
export const glossarySchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  const seen = new Set<string>();
  terms.forEach((term, index) => {
    if (seen.has(term.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${term.id}" is listed twice.` });
    seen.add(term.id);
  });
});

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
