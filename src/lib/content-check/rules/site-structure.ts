import { requiredPageSlugs } from '../../../schemas/page.ts';
import type { ContentIssue } from '../issue.ts';
import type { SiteContent } from '../read-content.ts';

/**
 * Pages every footer links to exist in the default language; a lesson's related quiz exists; two
 * lessons or quizzes do not claim the same place in their overview.
 */
export function checkSiteStructure(content: SiteContent): ContentIssue[] {
  const { defaultLocale } = content.source;
  const issues: ContentIssue[] = [];
  const pageSlugs = new Set(content.pages.filter((page) => page.locale === defaultLocale).map((page) => page.slug));
  for (const slug of requiredPageSlugs) {
    if (!pageSlugs.has(slug)) {
      issues.push({
        severity: 'error',
        file: content.fileName('pages', defaultLocale, `${slug}.mdx`),
        field: '',
        message:
          'This page is missing: every page of the site links to it. Create it (copy another page in this folder, then change its front matter and text).',
      });
    }
  }

  const quizSlugs = new Set(content.quizzes.filter((quiz) => quiz.locale === defaultLocale).map((quiz) => quiz.slug));
  for (const lesson of content.lessons) {
    const related = lesson.data?.relatedQuiz;
    if (related && !quizSlugs.has(related)) {
      issues.push({
        severity: 'error',
        file: lesson.file,
        line: lesson.yaml?.lineOf(['relatedQuiz']),
        field: 'relatedQuiz',
        message: `There is no quiz "${related}" (${content.fileName('quizzes', defaultLocale, `${related}.yaml`)}). Use a quiz's file name without .yaml, or leave relatedQuiz out.`,
      });
    }
  }

  for (const [collection, entries] of [
    ['lesson', content.lessons],
    ['quiz', content.quizzes],
  ] as const) {
    const byPlace = new Map<string, string>();
    for (const entry of entries) {
      const order = entry.data?.order;
      if (order === undefined) continue;
      const key = `${entry.locale}/${order}`;
      const first = byPlace.get(key);
      if (first) {
        issues.push({
          severity: 'warning',
          file: entry.file,
          line: entry.yaml?.lineOf(['order']),
          field: 'order',
          message: `${first} has order ${order} too: give each ${collection} its own number, or their order on the overview is left to chance.`,
        });
      } else byPlace.set(key, entry.file);
    }
  }
  return issues;
}
