import { getCollection } from 'astro:content';
import { city } from './city.ts';
import { slugsOf } from '../lib/translated-entry.ts';

/** Lessons that have a teacher guide (a guide in the default language publishes it everywhere). */
export async function teacherGuideSlugs(): Promise<Set<string>> {
  return new Set(slugsOf(await getCollection('teacherGuides'), city.defaultLocale));
}
