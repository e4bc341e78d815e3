import { specialPageSlugs } from '../../schemas/page.ts';
import { kinds, mdxKindIds } from '../../content-kinds/index.ts';
import type { ContentIssue } from './issue.ts';
import type { MdxDocument } from './mdx-document.ts';
import {
  mdxKinds,
  readContent,
  type ContentSource,
  type MdxEntry,
  type MdxKind,
  type SiteContent,
} from './read-content.ts';
import { checkAdvisories } from './rules/advisories.ts';
import { checkContentLayout } from './rules/content-layout.ts';
import { checkTextCharacters } from './rules/text-characters.ts';
import { checkComponentReferences, type LessonComponents } from './rules/component-references.ts';
import { checkComponents, type ComponentSet } from './rules/components.ts';
import { checkDates } from './rules/dates.ts';
import { checkFactReferences, checkReviewDates } from './rules/facts.ts';
import { checkHistoryAppendOnly } from './rules/history.ts';
import { checkImages, checkLinks, type LinkContext } from './rules/links.ts';
import { checkNoCode } from './rules/mdx-code.ts';
import { checkQuizLinks, compareTranslation, type QuizContext } from './rules/quizzes.ts';
import { checkSiteStructure } from './rules/site-structure.ts';
import { checkTeacherGuides } from './rules/teacher-guides.ts';
import { checkTemplateFields, checkTemplateText } from './rules/template-text.ts';
import { checkTranslations } from './rules/translations.ts';
import { registerFileLines } from './register-lines.ts';
import { readRoutes, type LinkTarget } from './site-routes.ts';
import { translationGaps, type LanguageCoverage } from './translation-gaps.ts';

/** What the check reads besides the content tree. */
export interface CheckOptions extends ContentSource {
  /** src/pages: the routes internal links may point at. */
  pagesDir: string;
  /** public/: files links and images may point at. */
  publicDir: string;
  /** Months after which a device's confirmed facts are due for a new check (city.config.ts). */
  factsCheckedMaxAgeMonths: number;
  /** The git ref the register's history is compared with (CONTENT_HISTORY_BASE); HEAD when left out. */
  historyBase?: string;
}

export interface CheckResult {
  issues: ContentIssue[];
  content: SiteContent;
  translations: Record<string, LanguageCoverage>;
}

/** Ids the lesson layout adds around the lesson's own headings (LessonPage.astro). */
const LESSON_LAYOUT_IDS = ['objectives', 'sources'];
/** Ids the advisory layout adds around the advisory's text (AdvisoryPage.astro). */
const ADVISORY_LAYOUT_IDS = ['affected', 'steps', 'updates', 'lessons', 'register'];
/** Ids the teacher guide layout adds around the guide's own headings (TeacherGuidePage.astro). */
const GUIDE_LAYOUT_IDS = ['goals', 'materials', 'plan', 'safeguarding'];
const KEY_TERMS_ID = 'key-terms';

/** A kind's components, with the other kinds' components it may not use and where they belong. */
function componentSet(kind: MdxKind): ComponentSet {
  const own = kinds[kind].mdx;
  const elsewhere: Record<string, string> = {};
  for (const other of mdxKindIds.map((id) => kinds[id])) {
    for (const name of Object.keys(other.mdx.components)) {
      if (!(name in own.components)) elsewhere[name] ??= other.names.many;
    }
  }
  return { label: kinds[kind].names.many, components: own.components, docs: own.componentDocs, elsewhere };
}

/** Runs every content rule once over the whole tree. */
export function checkContent(options: CheckOptions): CheckResult {
  const { content, issues } = readContent(options);
  const { defaultLocale, locales } = options;
  const published = (entries: readonly { locale: string; slug: string }[]) =>
    new Set(entries.filter((entry) => entry.locale === defaultLocale).map((entry) => entry.slug));
  const lessonSlugs = published(content.lessons);

  const shownDocument = <T>(entries: readonly MdxEntry<T>[], slug: string, locale: string): MdxDocument | undefined =>
    (
      entries.find((entry) => entry.slug === slug && entry.locale === locale) ??
      entries.find((entry) => entry.slug === slug && entry.locale === defaultLocale)
    )?.document;
  const lessonAnchors = (slug: string, locale: string) => {
    const document = shownDocument(content.lessons, slug, locale);
    if (!document) return undefined;
    const usesKeyTerms = document.elements.some((element) => element.name === 'KeyTerm');
    return new Set([
      ...document.headings.map((heading) => heading.id),
      ...LESSON_LAYOUT_IDS,
      ...(usesKeyTerms ? [KEY_TERMS_ID] : []),
    ]);
  };
  const headingAnchors =
    (entries: readonly MdxEntry<unknown>[], layoutIds: readonly string[] = []) =>
    (slug: string, locale: string) => {
      const document = shownDocument(entries, slug, locale);
      return document && new Set([...document.headings.map((heading) => heading.id), ...layoutIds]);
    };
  const pageAnchors = headingAnchors(content.pages);
  const anchorsOfKind: Record<MdxKind, (slug: string, locale: string) => Set<string> | undefined> = {
    pages: pageAnchors,
    lessons: lessonAnchors,
    advisories: headingAnchors(content.advisories, ADVISORY_LAYOUT_IDS),
    teacherGuides: headingAnchors(content.teacherGuides, GUIDE_LAYOUT_IDS),
  };
  const linkContext: LinkContext = {
    routes: readRoutes(options.pagesDir),
    values: {
      locales,
      pageSlugs: new Set([...published(content.pages)].filter((slug) => !specialPageSlugs.includes(slug))),
      lessonSlugs,
      quizSlugs: published(content.quizzes),
      advisorySlugs: published(content.advisories),
      teacherGuideSlugs: published(content.teacherGuides),
      registerIds: content.registerIds,
    },
    anchorsOf: (target: LinkTarget) => {
      if (target.kind === 'lesson') return lessonAnchors(target.slug, target.locale);
      if (target.kind === 'page') return pageAnchors(target.slug, target.locale);
      if (target.kind === 'advisory') return anchorsOfKind.advisories(target.slug, target.locale);
      if (target.kind === 'glossary') return new Set((content.glossaries[defaultLocale] ?? []).map((term) => term.id));
      return undefined;
    },
    publicDir: options.publicDir,
  };

  const lessonComponents: LessonComponents[] = [];
  for (const kind of Object.keys(mdxKinds) as MdxKind[]) {
    const set = componentSet(kind);
    const entries: readonly MdxEntry<unknown>[] = content[kind];
    for (const entry of entries) {
      const { document } = entry;
      if (!document) continue;
      issues.push(...checkNoCode(entry.file, document));
      const components = checkComponents(entry.file, document, set);
      issues.push(...components.issues);
      if (kind === 'lessons') {
        lessonComponents.push({
          ...entry,
          order: (entry.data as { order?: number } | undefined)?.order,
          used: components.used,
        });
      }
      issues.push(...checkImages(entry.file, entry.path, document, options.publicDir, options.contentDir));
      const own = anchorsOfKind[kind](entry.slug, entry.locale) ?? new Set<string>();
      issues.push(...checkLinks(entry.file, entry.locale, document, own, linkContext));
      issues.push(...checkTemplateText(entry.file, document.texts));
      issues.push(...checkTemplateFields(entry.file, entry.data, (path) => entry.yaml?.lineOf(path)));
    }
  }
  for (const quiz of content.quizzes) {
    issues.push(...checkTemplateFields(quiz.file, quiz.data, (path) => quiz.yaml?.lineOf(path)));
  }
  for (const entry of content.register.entries) {
    if (checkTemplateFields('', entry, () => undefined).length === 0) continue;
    const { file, lineOf } = registerFileLines(content, entry.id);
    issues.push(...checkTemplateFields(file, entry, lineOf));
  }
  // An id belongs to the lesson that comes first in the curriculum; a later one that reuses it is told.
  lessonComponents.sort(
    (a, b) =>
      (a.order ?? Infinity) - (b.order ?? Infinity) ||
      a.slug.localeCompare(b.slug) ||
      Number(b.locale === defaultLocale) - Number(a.locale === defaultLocale),
  );
  issues.push(
    ...checkComponentReferences(
      lessonComponents,
      content.glossaries,
      content.registerIds,
      defaultLocale,
      content.fileName('glossary', `${defaultLocale}.yaml`),
    ),
  );

  const quizContext: QuizContext = {
    defaultLocale,
    lessonSlugs,
    lessonAnchors,
    lessonFile: (slug) => content.fileName('lessons', defaultLocale, `${slug}.mdx`),
  };
  const validQuizzes = content.quizzes.flatMap((quiz) => (quiz.data ? [{ ...quiz, data: quiz.data }] : []));
  for (const quiz of validQuizzes) {
    issues.push(...checkQuizLinks(quiz, quizContext));
    const original = validQuizzes.find((other) => other.slug === quiz.slug && other.locale === defaultLocale);
    if (original && quiz !== original) issues.push(...compareTranslation(original, quiz));
  }

  const translations = translationGaps(content);
  issues.push(...checkTranslations(content, translations));
  issues.push(...checkDates(content, options.today, options.factsCheckedMaxAgeMonths));
  issues.push(...checkFactReferences(content));
  issues.push(...checkReviewDates(content, options.today, options.reviewPeriodMonths ?? 12));
  issues.push(...checkHistoryAppendOnly(content, options.historyBase));
  issues.push(...checkSiteStructure(content));
  issues.push(...checkAdvisories(content, options.today));
  issues.push(...checkTeacherGuides(content));
  issues.push(...checkContentLayout(content));
  issues.push(...checkTextCharacters(content));
  return { issues, content, translations };
}
