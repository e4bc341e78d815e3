import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';
import { httpsUrl } from './links.ts';
import { localizedText } from './localized-text.ts';
import { termId } from './taxonomy.ts';

/** A calendar date written YYYY-MM-DD (YAML may hand it over as a Date). */
const day = calendarDate('Write the date as YYYY-MM-DD, e.g. 2026-12-05.');

/** Where a fact was checked, and when. */
export const factSourceSchema = z
  .object({
    title: z.string().trim().min(1).meta({ description: 'Title of the source.' }),
    url: httpsUrl.meta({ description: 'Its https address.' }),
    read: day.meta({ description: 'The day someone last read the source and confirmed the fact, YYYY-MM-DD.' }),
  })
  .strict();

/**
 * One fact that changes over time (a law's date, a standard's version), written once in
 * content/facts.yaml. Lessons and pages show it with <Fact id="..." />; quizzes and the glossary
 * with {{fact:id}}. Give either `text` (the same words in every language, or text per language)
 * or `date` (shown as a date in the reader's language), not both.
 */
export const factSchema = z
  .object({
    id: termId.meta({
      description: 'Stable id, lowercase with hyphens: what the fact is, e.g. etsi-en-303-645-version.',
    }),
    about: z
      .string()
      .trim()
      .min(5, 'Say in a few words what this fact is.')
      .meta({ description: 'What this fact is, for editors (not shown on the site).' }),
    text: z
      .union([z.string().trim().min(1), localizedText])
      .optional()
      .meta({ description: 'The fact as text: one text for every language, or { en: ..., nl: ... }.' }),
    date: day
      .optional()
      .meta({ description: 'The fact as a date, YYYY-MM-DD; readers see it written out in their language.' }),
    source: factSourceSchema.meta({ description: 'Where the fact was checked.' }),
  })
  .strict()
  .refine((fact) => (fact.text === undefined) !== (fact.date === undefined), {
    message: 'Give the fact either as text or as date (one of the two).',
    path: ['text'],
  });

export type Fact = z.output<typeof factSchema>;

export const factsSchema = z
  .array(factSchema)
  .superRefine((facts, ctx) => {
    const seen = new Set<string>();
    facts.forEach((fact, index) => {
      if (seen.has(fact.id))
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${fact.id}" is listed twice.` });
      seen.add(fact.id);
    });
  })
  .meta({ description: 'content/facts.yaml: a list of facts, each id once.' });
