import type { GlossaryTerm } from '../../../schemas/lesson.ts';
import { lessonComponentRules } from '../../../schemas/content-components.ts';
import type { ContentIssue } from '../issue.ts';
import type { UsedComponent } from './components.ts';

/** A lesson's components, checked for what they refer to. */
export interface LessonComponents {
  file: string;
  locale: string;
  slug: string;
  /** The lesson's place in the curriculum, when its front matter is valid. */
  order: number | undefined;
  used: UsedComponent[];
}

/**
 * <KeyTerm id> must be in the glossary (the lesson's language or the default one, which is shown
 * instead), <SensorLink id> must be a register file, and the ids under which a reader's ticks and
 * answers are saved must not be shared by two lessons.
 */
export function checkComponentReferences(
  lessons: readonly LessonComponents[],
  glossaries: Record<string, GlossaryTerm[]>,
  registerIds: ReadonlySet<string>,
  defaultLocale: string,
  glossaryFile: string,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const storedIds = new Map<string, { file: string; slug: string; line: number | undefined }>();
  const inGlossary = (locale: string, id: string) => glossaries[locale]?.some((term) => term.id === id) ?? false;

  for (const lesson of lessons) {
    const inThisFile = new Map<string, number | undefined>();
    for (const { element, values } of lesson.used) {
      const id = String(values['id'] ?? '');
      const error = (message: string) =>
        issues.push({
          severity: 'error',
          file: lesson.file,
          line: element.line,
          field: `<${element.name}> id`,
          message,
        });
      if (element.name === 'KeyTerm' && !inGlossary(lesson.locale, id) && !inGlossary(defaultLocale, id)) {
        error(`"${id}" is not in ${glossaryFile}. Add the term there first, or use an id that is in it.`);
      }
      if (element.name === 'SensorLink' && !registerIds.has(id)) {
        error(`"${id}" is not in the register: there is no content/register/${id}.yaml. Check the device's id.`);
      }
      if (lessonComponentRules[element.name]?.storedId) {
        // The same lesson in another language uses the same ids on purpose.
        const first = inThisFile.has(id)
          ? { file: lesson.file, slug: lesson.slug, line: inThisFile.get(id) }
          : storedIds.get(id);
        if (first && (first.slug !== lesson.slug || first.file === lesson.file)) {
          error(
            `"${id}" is already used in ${first.file}${first.line ? ` (line ${first.line})` : ''}. Give each checklist, scenario and knowledge check its own id: what a reader ticks or answers is saved under it.`,
          );
        }
        inThisFile.set(id, element.line);
        if (!first) storedIds.set(id, { file: lesson.file, slug: lesson.slug, line: element.line });
      }
    }
  }
  return issues;
}
