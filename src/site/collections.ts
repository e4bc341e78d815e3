/**
 * Astro's content collections (src/content.config.ts): pages, lessons, teacher guides, quizzes
 * and advisories. Pages and components read them through this module, so that src/site/ stays
 * the one place that knows where the site's data comes from.
 */
export { getCollection, render, type CollectionEntry } from 'astro:content';
