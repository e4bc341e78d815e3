import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPath } from '../../lib/content/display-path.ts';
import { readContent, type ContentSource } from '../../lib/content-check/read-content.ts';
import { reservedIdProblem } from '../../lib/register/sensor-id.ts';
import { contentKinds, kinds, type KindId } from '../../content-kinds/index.ts';
import {
  advisoryTemplate,
  lessonTemplate,
  pageTemplate,
  quizTemplate,
  sensorTemplate,
  teacherGuideTemplate,
} from './templates.ts';

/** The kinds with a starting file, by their command (src/content-kinds/, facet `template`). */
type Templated = { [K in KindId]: (typeof kinds)[K]['template'] extends { command: string } ? K : never }[KindId];
export type NewContentKind = (typeof kinds)[Templated]['template']['command'];
export const newContentKinds = contentKinds.flatMap((kind) =>
  'command' in kind.template ? [kind.template.command as NewContentKind] : [],
);

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The starting file `npm run new -- <kind> <slug>` writes, or why it cannot: an unknown kind, a
 * name that cannot be an address, a file that already exists (it is never overwritten). In another
 * language than the default, an existing default-language file is the starting point: translate it.
 */
export function newContent(
  kind: string,
  slug: string | undefined,
  locale: string,
  source: ContentSource,
): { path: string; file: string; text: string } | { error: string } {
  if (!newContentKinds.includes(kind as NewContentKind)) {
    return { error: `Write what to create first: npm run new -- ${newContentKinds.join('|')} <name>` };
  }
  if (!slug || !SLUG.test(slug)) {
    return {
      error: `"${slug ?? ''}" cannot be a name: use lowercase letters, digits and hyphens, e.g. ${kind === 'sensor' ? 'air-quality-centrum-02' : 'home-network'}. It becomes the address of the page.`,
    };
  }
  const reserved = kind === 'sensor' ? reservedIdProblem(slug) : undefined;
  if (reserved) return { error: reserved };
  if (!source.locales.includes(locale)) {
    return { error: `"${locale}" is not one of the site's languages (${source.locales.join(', ')}).` };
  }
  const { files } = contentKinds.find(
    (candidate) => 'command' in candidate.template && candidate.template.command === kind,
  )!;
  const folder = files.entry;
  const extension = `.${files.format}`;
  const parts = files.perLanguage ? [folder, locale, `${slug}${extension}`] : [folder, `${slug}${extension}`];
  const path = resolve(source.contentDir, ...parts);
  const file = displayPath(source.root, path);
  if (existsSync(path)) return { error: `${file} already exists: choose another name, or edit that file.` };

  const original = resolve(source.contentDir, folder, source.defaultLocale, `${slug}${extension}`);
  if (files.perLanguage && locale !== source.defaultLocale && existsSync(original)) {
    return { path, file, text: readFileSync(original, 'utf8') };
  }
  const { content } = readContent(source);
  const inDefault = <T extends { locale: string }>(entries: readonly T[]) =>
    entries.filter((entry) => entry.locale === source.defaultLocale);
  const nextOrder = (entries: readonly { data?: { order: number } | undefined }[]) =>
    Math.max(0, ...entries.map((entry) => entry.data?.order ?? 0)) + 1;
  switch (kind as NewContentKind) {
    case 'sensor': {
      const { vocabularies, organisations } = content.register;
      return {
        path,
        file,
        text: sensorTemplate({
          id: slug,
          today: source.today,
          terms: Object.fromEntries(
            Object.entries(vocabularies).map(([name, terms]) => [name, terms.map((t) => t.id)]),
          ),
          organisations: organisations.map((organisation) => organisation.id),
        }),
      };
    }
    case 'lesson': {
      const [term] = content.glossaries[source.defaultLocale] ?? [];
      return {
        path,
        file,
        text: lessonTemplate({
          slug,
          order: nextOrder(inDefault(content.lessons)),
          today: source.today,
          glossaryFile: content.fileName('glossary', `${source.defaultLocale}.yaml`),
          term,
        }),
      };
    }
    case 'quiz': {
      const lessons = inDefault(content.lessons).sort((a, b) => (a.data?.order ?? 0) - (b.data?.order ?? 0));
      const lesson = lessons.find((entry) => entry.slug === slug) ?? lessons[0];
      if (!lesson) return { error: 'Write a lesson first: a quiz tests what a lesson teaches.' };
      return {
        path,
        file,
        text: quizTemplate({
          slug,
          order: nextOrder(inDefault(content.quizzes)),
          lesson: lesson.slug,
          today: source.today,
        }),
      };
    }
    case 'page':
      return { path, file, text: pageTemplate({ today: source.today }) };
    case 'advisory':
      return {
        path,
        file,
        text: advisoryTemplate({
          today: source.today,
          lessons: inDefault(content.lessons).map((lesson) => lesson.slug),
          kinds: content.register.vocabularies.kinds.map((term) => term.id),
          districts: content.register.districts.map((district) => district.properties.id),
        }),
      };
    case 'teacher-guide': {
      const lesson = inDefault(content.lessons).find((entry) => entry.slug === slug);
      if (!lesson) {
        return {
          error: `There is no lesson "${slug}": a teacher guide has the name of the lesson it is for, e.g. npm run new -- teacher-guide ${inDefault(content.lessons)[0]?.slug ?? 'home-network'}.`,
        };
      }
      return { path, file, text: teacherGuideTemplate({ lessonTitle: lesson.data?.title ?? slug }) };
    }
  }
}
