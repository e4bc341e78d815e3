import { advisoryReferenceErrors, type AdvisoryProblem } from '../../advisories/check-references.ts';
import { advisoryTranslationErrors } from '../../advisories/check-translations.ts';
import type { AdvisoryData } from '../../../schemas/advisory.ts';
import type { ContentIssue } from '../issue.ts';
import type { SiteContent } from '../read-content.ts';

/**
 * The advisory rules the build applies, before the build: every lesson, device, kind and
 * district an advisory names exists, a translation gives the same facts as the original, and
 * nothing is dated after today. Reported with the file, line and field.
 */
export function checkAdvisories(content: SiteContent, today: string): ContentIssue[] {
  const { defaultLocale } = content.source;
  const valid = content.advisories.flatMap((entry) =>
    entry.data ? [{ ...entry, id: `${entry.locale}/${entry.slug}`, data: entry.data }] : [],
  );
  const byId = new Map(valid.map((entry) => [entry.id, entry]));
  // A translation of an original with errors is compared once the original is fixed.
  const brokenOriginals = new Set(
    content.advisories.filter((entry) => entry.locale === defaultLocale && !entry.data).map((entry) => entry.slug),
  );
  const problems: AdvisoryProblem[] = [
    ...advisoryReferenceErrors(valid, {
      lessons: content.lessons.filter((lesson) => lesson.locale === defaultLocale).map((lesson) => lesson.slug),
      register: [...content.registerIds],
      kinds: content.register.vocabularies.kinds.map((term) => term.id),
      districts: content.register.districts.map((district) => district.properties.id),
    }),
    ...advisoryTranslationErrors(
      valid.filter((entry) => !brokenOriginals.has(entry.slug)),
      defaultLocale,
    ),
    ...valid.flatMap(({ id, data }) => futureDates(id, data, today)),
  ];
  return problems.map(({ id, path, message }) => {
    const entry = byId.get(id)!;
    return { severity: 'error', file: entry.file, line: entry.yaml?.lineOf(path), field: path.join('.'), message };
  });
}

function futureDates(id: string, data: AdvisoryData, today: string): AdvisoryProblem[] {
  const dates: [(string | number)[], Date][] = [
    [['published'], data.published],
    ...data.updates.map((update, index): [(string | number)[], Date] => [['updates', index, 'date'], update.date]),
  ];
  return dates.flatMap(([path, date]) => {
    const day = date.toISOString().slice(0, 10);
    return day > today
      ? [{ id, path, message: `${day} is in the future: write the day it was published (today is ${today}).` }]
      : [];
  });
}
