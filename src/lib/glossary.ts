import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { displayPath } from './content/display-path.ts';
import type { ContentError } from './content/content-error.ts';
import { parseYamlFile } from './content/yaml-file.ts';
import { checkFields, fieldErrors } from './content/zod-issues.ts';
import { glossarySchema, glossaryTermSchema, type GlossaryTerm } from '../schemas/lesson.ts';

/**
 * Reads `content/glossary/<lang>.yaml` for each language; a missing file is an empty glossary.
 * Errors name files relative to `root`.
 */
export function readGlossaries(
  contentDir: string,
  locales: readonly string[],
  root = process.cwd(),
): { glossaries: Record<string, GlossaryTerm[]>; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const glossaries: Record<string, GlossaryTerm[]> = {};
  for (const locale of locales) {
    const path = join(contentDir, 'glossary', `${locale}.yaml`);
    const file = displayPath(root, resolve(path));
    glossaries[locale] = [];
    if (!existsSync(path)) continue;
    const { file: yaml, errors: syntax } = parseYamlFile(readFileSync(path, 'utf8'), file);
    errors.push(...syntax);
    if (!yaml) continue;
    const checked = checkFields(glossarySchema, yaml.data);
    if (checked.data) glossaries[locale] = checked.data;
    else {
      errors.push(...fieldErrors(file, checked.issues, yaml));
      // The terms that are fine, or only have a field too many, still count, so that a lesson
      // using them is not reported as well.
      const items: unknown[] = Array.isArray(yaml.data) ? yaml.data : [];
      glossaries[locale] = items.flatMap((item) => glossaryTermSchema.loose().safeParse(item).data ?? []);
    }
  }
  return { glossaries, errors };
}

/** The term for an id in a language, falling back to the default language. */
export function findTerm(
  glossaries: Record<string, GlossaryTerm[]>,
  id: string,
  locale: string,
  defaultLocale: string,
): { term: GlossaryTerm; locale: string } | undefined {
  const own = glossaries[locale]?.find((term) => term.id === id);
  if (own) return { term: own, locale };
  const fallback = glossaries[defaultLocale]?.find((term) => term.id === id);
  return fallback && { term: fallback, locale: defaultLocale };
}
