import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';
import { nameText } from './name-text.ts';
import { reviewedDate } from './reviewed.ts';
import { termId } from './taxonomy.ts';

/** A calendar date written YYYY-MM-DD (front matter dates become Date objects). */
const date = calendarDate('Write the date as YYYY-MM-DD, e.g. 2026-11-30.');

/** How serious an advisory is for residents, lowest first. */
export const advisorySeverities = ['information', 'low', 'medium', 'high'] as const;
export type AdvisorySeverity = (typeof advisorySeverities)[number];

/** Whether residents still need to act (open) or the matter is over (resolved). */
export const advisoryStatuses = ['open', 'resolved'] as const;
export type AdvisoryStatus = (typeof advisoryStatuses)[number];

/** A short list of plain-language names, each once. */
const names = z
  .array(z.string().trim().min(1))
  .refine((list) => new Set(list).size === list.length, 'List each name once.');

/** Who an advisory is for; name at least one group, or set everyone. */
export const affectedSchema = z
  .object({
    everyone: z
      .boolean()
      .default(false)
      .meta({ description: 'True when every resident should read it (a phishing wave, for example).' }),
    devices: names.default([]).meta({
      description: 'Kinds of devices residents own, in plain words of this language: "home cameras", "smart plugs".',
    }),
    brands: names.default([]).meta({ description: 'Brands of consumer devices, as the maker writes them.' }),
    kinds: z
      .array(termId)
      .default([])
      .meta({ description: 'City device kinds: ids from content/taxonomy/kinds.yaml.' }),
    districts: z.array(termId).default([]).meta({ description: 'Districts: ids from content/districts.geojson.' }),
  })
  .strict()
  .refine(
    (affected) =>
      affected.everyone ||
      [affected.devices, affected.brands, affected.kinds, affected.districts].some((list) => list.length > 0),
    'Say who is affected: set everyone: true, or list devices, brands, kinds or districts.',
  );

/** One later development of an advisory: what changed and when. */
export const advisoryUpdateSchema = z
  .object({
    /** When it was published. */
    date,
    text: z
      .string()
      .trim()
      .min(10, 'Write what changed in at least one sentence.')
      .meta({ description: 'What changed, in one to three plain sentences.' }),
  })
  .strict();

export const advisorySchema = z
  .object({
    title: nameText(90, 'title').meta({
      description: 'The headline residents see in lists and feeds; under 90 characters.',
    }),
    summary: z
      .string()
      .trim()
      .min(20, 'Write a summary of at least one sentence.')
      .max(200, 'Keep the summary to 200 characters.')
      .meta({
        description: 'One or two sentences: what is happening and who should act (lists, feeds, link previews).',
      }),
    published: date.meta({ description: 'The day the advisory was first published.' }),
    reviewed: reviewedDate.meta({
      description: 'The day someone last checked the advice against the facts, YYYY-MM-DD.',
    }),
    severity: z
      .enum(advisorySeverities)
      .meta({ description: 'information, low, medium or high: how much harm residents risk if they do nothing.' }),
    status: z
      .enum(advisoryStatuses)
      .meta({ description: 'open while residents should act or watch; resolved when it is over.' }),
    affected: affectedSchema.meta({ description: 'Who is affected.' }),
    steps: z
      .array(z.string().trim().min(1))
      .min(1, 'Give residents at least one thing to do (or to check).')
      .max(7, 'Keep it to seven steps at most.')
      .meta({ description: 'What to do now: one to seven short steps, each starting with a verb.' }),
    lessons: z
      .array(termId)
      .default([])
      .meta({ description: 'Slugs of lessons that help (content/lessons/<lang>/<slug>.mdx).' }),
    register: z
      .array(termId)
      .default([])
      .meta({ description: 'Ids of register entries the advisory is about (content/register/<id>.yaml).' }),
    updates: z.array(advisoryUpdateSchema).default([]).meta({ description: 'Later developments, oldest first.' }),
  })
  .strict()
  .superRefine((advisory, ctx) => {
    advisory.updates.forEach((update, index) => {
      const previous = index === 0 ? advisory.published : advisory.updates[index - 1]!.date;
      if (update.date < previous)
        ctx.addIssue({
          code: 'custom',
          path: ['updates', index, 'date'],
          message: 'List updates oldest first, none before the publication date.',
        });
    });
    if (advisory.status === 'resolved' && advisory.updates.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['updates'],
        message: 'A resolved advisory needs an update that says how it was resolved.',
      });
  })
  .meta({
    description:
      "Front matter of an advisory of the city's CERT for residents: `content/advisories/<lang>/<slug>.mdx`, same slug in every language. The body explains what is going on in plain words; the steps, links and updates live here so that pages, the home page and the feeds can show them in a fixed place.",
  });

export type AdvisoryData = z.output<typeof advisorySchema>;
