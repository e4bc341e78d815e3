import { resolveEntry, slugsOf } from '../translated-entry.ts';

/** A lesson as the overview and the pager need it. */
export interface LessonSummary {
  slug: string;
  title: string;
  order: number;
}

/** Lessons by their `order`, then slug. */
export function sortLessons<T extends LessonSummary>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The lessons before and after one in the curriculum. */
export function neighbours<T extends LessonSummary>(
  lessons: readonly T[],
  slug: string,
): { previous: T | undefined; next: T | undefined } {
  const sorted = sortLessons(lessons);
  const index = sorted.findIndex((lesson) => lesson.slug === slug);
  return { previous: sorted[index - 1], next: index >= 0 ? sorted[index + 1] : undefined };
}

/**
 * Every lesson slug with the entry to show in a language (own text, or the default language's), in
 * curriculum order. Quizzes share the `title`/`order` front matter and use it too.
 */
export function lessonsIn<E extends { id: string; data: { title: string; order: number } }>(
  entries: readonly E[],
  locale: string,
  defaultLocale: string,
): (LessonSummary & { entry: E; contentLocale: string })[] {
  return sortLessons(
    slugsOf(entries, defaultLocale).map((slug) => {
      const resolved = resolveEntry(entries, slug, locale, defaultLocale)!;
      return {
        slug,
        title: resolved.entry.data.title,
        order: resolved.entry.data.order,
        entry: resolved.entry,
        contentLocale: resolved.locale,
      };
    }),
  );
}
