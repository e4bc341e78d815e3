import { safeguardingPageSlug } from '../../../schemas/page.ts';
import type { ContentIssue } from '../issue.ts';
import type { SiteContent } from '../read-content.ts';

/**
 * A teacher guide belongs to a lesson: it has the lesson's file name. Guides are optional per
 * lesson, but once there is one, the safeguarding page they all end with must exist.
 */
export function checkTeacherGuides(content: SiteContent): ContentIssue[] {
  const { defaultLocale } = content.source;
  const issues: ContentIssue[] = [];
  const lessonSlugs = new Set(content.lessons.filter((l) => l.locale === defaultLocale).map((l) => l.slug));
  const guides = content.teacherGuides.filter((guide) => guide.locale === defaultLocale);
  for (const guide of guides) {
    if (lessonSlugs.has(guide.slug)) continue;
    issues.push({
      severity: 'error',
      file: guide.file,
      field: '',
      message: `There is no lesson "${guide.slug}" (${content.fileName('lessons', defaultLocale, `${guide.slug}.mdx`)}): a teacher guide has the file name of the lesson it is for. Rename this file, or write the lesson first.`,
    });
  }
  const hasSafeguarding = content.pages.some(
    (page) => page.locale === defaultLocale && page.slug === safeguardingPageSlug,
  );
  if (guides.length > 0 && !hasSafeguarding) {
    issues.push({
      severity: 'error',
      file: content.fileName('pages', defaultLocale, `${safeguardingPageSlug}.mdx`),
      field: '',
      message:
        'Every teacher guide ends with this page (what to do when a pupil reports something worrying), but it is missing. Create it: copy another page in this folder, then write the steps your schools follow.',
    });
  }
  return issues;
}
