import { z } from 'zod';
import { calendarDate } from './calendar-date.ts';
import { nameText } from './name-text.ts';
import { reviewedDate } from './reviewed.ts';

export const pageSchema = z
  .strictObject({
    title: nameText(90, 'title').meta({
      description: "The page's heading and the first part of the browser tab title. Keep it under 70 characters.",
    }),
    description: z
      .string()
      .trim()
      .min(20, 'Write a description of at least one sentence.')
      .max(160, 'Keep the description to 160 characters: search engines cut off the rest.')
      .meta({ description: 'One or two sentences for search engines and link previews.' }),
    updated: calendarDate('Write the date as YYYY-MM-DD, e.g. 2026-11-30.').meta({
      description: 'Date of the last change that matters to readers, as YYYY-MM-DD.',
    }),
    reviewed: reviewedDate.meta({
      description: 'The day someone last checked the whole page against the law and the facts, YYYY-MM-DD.',
    }),
  })
  .meta({ description: 'Front matter of a site page: `content/pages/<lang>/<slug>.mdx`.' });

export type PageData = z.output<typeof pageSchema>;

/** Pages the site links to from every footer; each must exist in the default language. */
export const requiredPageSlugs = [
  'home',
  'about',
  'privacy',
  'accessibility',
  'report',
  'vulnerability-disclosure',
  '404',
] as const;

/**
 * The page every teacher guide ends with: what a teacher does when a pupil reports something
 * worrying. Required once there is a teacher guide (content/teacher-guides/).
 */
export const safeguardingPageSlug = 'safeguarding';

/** Slugs rendered by their own routes rather than at `/<lang>/<slug>/`. */
export const specialPageSlugs: readonly string[] = ['home', '404', 'classroom-guide'];
