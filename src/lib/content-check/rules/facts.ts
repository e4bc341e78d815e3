import type { Fact } from '../../../schemas/facts.ts';
import { hasStrayBraces, placeholdersIn } from '../../facts.ts';
import { issue, type ContentIssue } from '../issue.ts';
import type { MdxEntry, SiteContent } from '../read-content.ts';

/** Every string in a value, with the path of fields that leads to it. */
function* stringsIn(value: unknown, path: (string | number)[] = []): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, [...path, index]);
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

const fieldName = (path: readonly (string | number)[]) =>
  path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');

/**
 * Facts that change are written once in content/facts.yaml. Lessons and pages show one with
 * <Fact id>, quizzes and the glossary with {{fact:id}}: each id must be in the file, and
 * anything else between double braces is a typo that readers would see.
 */
export function checkFactReferences(content: SiteContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const factsFile = content.fileName('facts.yaml');
  const known = new Set(content.facts.map((fact: Fact) => fact.id));
  const listed = [...known].join(', ') || 'none yet';
  const unknown = (id: string) =>
    `There is no fact "${id}" in ${factsFile} (it has: ${listed}). Add it there first, or use one of its ids.`;

  type LineOf = (path: (string | number)[]) => number | undefined;
  const error = (file: string, lineOf: LineOf, path: (string | number)[], message: string) =>
    issues.push(issue('error', file, lineOf(path), fieldName(path), message));

  const checkStrings = (file: string, data: unknown, lineOf: LineOf) => {
    for (const [text, path] of stringsIn(data)) {
      for (const placeholder of placeholdersIn(text)) {
        const message = placeholder.id
          ? known.has(placeholder.id)
            ? undefined
            : unknown(placeholder.id)
          : `"${placeholder.written}" is not a fact: write {{fact:<id>}} with an id from ${factsFile}, e.g. {{fact:${[...known][0] ?? 'etsi-en-303-645-version'}}}.`;
        if (message) error(file, lineOf, path, message);
      }
      if (hasStrayBraces(text))
        error(
          file,
          lineOf,
          path,
          'This text has double braces that are nested or do not close: write {{fact:<id>}} with nothing inside but the id.',
        );
    }
  };
  // Everywhere else {{fact:id}} is not filled in, and readers would see the braces.
  const notFilled = (file: string, data: unknown, lineOf: LineOf, mdx: boolean) => {
    const instead = mdx ? ', or show the fact in the body with <Fact id="…" />' : '';
    for (const [text, path] of stringsIn(data)) {
      if (text.includes('{{'))
        error(
          file,
          lineOf,
          path,
          `Facts in double braces are filled in only in quizzes and the glossary: here readers would see the braces. Write the text itself${instead}.`,
        );
    }
  };

  for (const quiz of content.quizzes) {
    if (quiz.yaml) checkStrings(quiz.file, quiz.yaml.data, (path) => quiz.yaml?.lineOf(path));
  }
  for (const [locale, terms] of Object.entries(content.glossaries)) {
    checkStrings(content.fileName('glossary', `${locale}.yaml`), terms, () => undefined);
  }
  for (const entry of [...content.lessons, ...content.pages, ...content.advisories, ...content.teacherGuides]) {
    if (entry.yaml) notFilled(entry.file, entry.yaml.data, (path) => entry.yaml?.lineOf(path), true);
  }
  for (const entry of content.register.entries) {
    notFilled(content.fileName('register', `${entry.id}.yaml`), entry, () => undefined, false);
  }
  for (const [vocabulary, terms] of Object.entries(content.register.vocabularies)) {
    notFilled(content.fileName('taxonomy', `${vocabulary}.yaml`), terms, () => undefined, false);
  }
  notFilled(content.fileName('taxonomy', 'organisations.yaml'), content.register.organisations, () => undefined, false);
  for (const entry of [...content.lessons, ...content.pages] as MdxEntry<unknown>[]) {
    for (const element of entry.document?.elements ?? []) {
      if (element.name !== 'Fact') continue;
      const id = element.attributes.find((attribute) => attribute.kind === 'text' && attribute.name === 'id');
      if (id?.kind === 'text' && !known.has(id.value))
        issues.push(issue('error', entry.file, element.line, '<Fact> id', unknown(id.value)));
    }
  }
  return issues;
}

/** `date` plus a number of months, as YYYY-MM-DD. */
function monthsAfter(date: Date, months: number): string {
  const later = new Date(date);
  later.setUTCMonth(later.getUTCMonth() + months);
  return later.toISOString().slice(0, 10);
}

/**
 * Laws and advice change: a lesson, quiz or page whose `reviewed` date is older than the city's
 * review period gets a warning (listed by `npm run check`), one dated in the future an error. A
 * lesson's sources carry the day they were read, which cannot be in the future either.
 */
export function checkReviewDates(content: SiteContent, today: string, periodMonths: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const entries: {
    file: string;
    data?: { reviewed: Date; sources?: { read: Date }[] } | undefined;
    lineOf: (path: (string | number)[]) => number | undefined;
  }[] = [...content.lessons, ...content.pages, ...content.quizzes].map((entry) => ({
    file: entry.file,
    data: entry.data,
    lineOf: (path) => entry.yaml?.lineOf(path),
  }));
  for (const { file, data, lineOf } of entries) {
    if (!data) continue;
    const reviewed = data.reviewed.toISOString().slice(0, 10);
    if (reviewed > today) {
      issues.push(
        issue(
          'error',
          file,
          lineOf(['reviewed']),
          'reviewed',
          `${reviewed} is in the future: write the day the text was last checked (today is ${today}).`,
        ),
      );
    } else if (monthsAfter(data.reviewed, periodMonths) < today) {
      issues.push(
        issue(
          'warning',
          file,
          lineOf(['reviewed']),
          'reviewed',
          `Last reviewed on ${reviewed}, more than ${periodMonths} months ago: check the text against its sources and the law, then set reviewed to the day you did.`,
        ),
      );
    }
    (data.sources ?? []).forEach((source, index) => {
      const read = source.read.toISOString().slice(0, 10);
      if (read > today)
        issues.push(
          issue(
            'error',
            file,
            lineOf(['sources', index, 'read']),
            `sources[${index}].read`,
            `${read} is in the future: write the day the source was read (today is ${today}).`,
          ),
        );
    });
  }
  return issues;
}
