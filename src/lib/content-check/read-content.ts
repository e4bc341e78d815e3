import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { displayPath } from '../content/display-path.ts';
import { MAX_NESTING } from '../content/nesting.ts';
import { parseYamlFile, type YamlFile } from '../content/yaml-file.ts';
import { frontMatterDashProblem } from '../content/yaml-syntax.ts';
import { checkFields, fieldErrors } from '../content/zod-issues.ts';
import { readFacts } from '../facts.ts';
import { readGlossaries } from '../glossary.ts';
import { readRegister, type Register } from '../register/load-register.ts';
import { uiStringsSchema } from '../../i18n/schema.ts';
import { contentEntries, kinds, mdxKindIds, type KindData, type MdxKind } from '../../content-kinds/index.ts';
import type { Fact } from '../../schemas/facts.ts';
import type { GlossaryTerm } from '../../schemas/lesson.ts';
import type { QuizData } from '../../schemas/quiz.ts';
import { listCollection, type LocalizedFile } from './collection-files.ts';
import { asErrors, type ContentIssue } from './issue.ts';
import { parseMdx, type MdxDocument } from './mdx-document.ts';

/** Where the content is and what the site is. */
export interface ContentSource {
  /** The content tree (`content`, or CONTENT_DIR). */
  contentDir: string;
  /** The UI strings, `<code>.json` per language (src/i18n/locales). */
  uiStringsDir: string;
  /** Messages name files relative to this folder (the project). */
  root: string;
  locales: readonly string[];
  defaultLocale: string;
  /** YYYY-MM-DD: things that happened cannot be dated later. */
  today: string;
  /** Months after which a lesson, quiz or page counts as not reviewed (city.config.ts); 12 when left out. */
  reviewPeriodMonths?: number;
}

/**
 * The kinds of content written as MDX (src/content-kinds/), each with the schema of its front
 * matter. Every rule about MDX bodies runs over every kind listed here.
 */
export const mdxKinds = Object.fromEntries(
  mdxKindIds.map((id) => [id, { folder: kinds[id].files.entry, schema: kinds[id].schema }]),
) as { [K in MdxKind]: { folder: string; schema: (typeof kinds)[K]['schema'] } };
export type { MdxKind };

/**
 * Everything directly under content/ that the check reads (and the build uses). Anything else
 * there is reported: the site would ignore it, and work put there would go missing unnoticed.
 */
export { contentEntries };

/** An MDX page, lesson or advisory: its front matter (when valid) and its parsed body. */
export interface MdxEntry<T> extends LocalizedFile {
  data?: T | undefined;
  yaml?: YamlFile | undefined;
  document?: MdxDocument | undefined;
}

/** A quiz file and its data when valid. */
export interface QuizEntry extends LocalizedFile {
  data?: QuizData | undefined;
  yaml?: YamlFile | undefined;
}

/** Everything the rules look at, read once. */
export interface SiteContent {
  source: ContentSource;
  pages: MdxEntry<KindData<'pages'>>[];
  lessons: MdxEntry<KindData<'lessons'>>[];
  advisories: MdxEntry<KindData<'advisories'>>[];
  /** Class plans, one per lesson at most, under the lesson's slug. */
  teacherGuides: MdxEntry<KindData<'teacherGuides'>>[];
  quizzes: QuizEntry[];
  glossaries: Record<string, GlossaryTerm[]>;
  /** content/facts.yaml: facts that change, used by <Fact> and {{fact:id}}. */
  facts: Fact[];
  register: Register;
  /** Every file in content/register/, valid or not (a reference to a broken entry is not "unknown"). */
  registerIds: Set<string>;
  /** UI strings per language, as written. */
  uiStrings: Record<string, Record<string, string>>;
  /** How messages name a file of the content tree (`lessons/en/x.mdx` -> `content/lessons/en/x.mdx`). */
  fileName(...segments: string[]): string;
  /** How messages name a language's UI strings file. */
  uiFileName(locale: string): string;
}

/** Reads every collection, collecting schema and syntax errors on the way. */
export function readContent(source: ContentSource): { content: SiteContent; issues: ContentIssue[] } {
  const { contentDir, locales, root } = source;
  const issues: ContentIssue[] = [];
  const fileName = (...segments: string[]) => displayPath(root, resolve(contentDir, ...segments));

  const { register, errors: registerErrors } = readRegister(contentDir, root, source.today);
  issues.push(...asErrors(registerErrors));
  const { glossaries, errors: glossaryErrors } = readGlossaries(contentDir, locales, root);
  issues.push(...asErrors(glossaryErrors));
  const { facts, errors: factErrors } = readFacts(contentDir, root);
  issues.push(...asErrors(factErrors));

  const mdxEntries = Object.fromEntries(
    mdxKindIds.map((id) => [id, readMdxCollection<unknown>(source, mdxKinds[id], issues)]),
  ) as unknown as { [K in MdxKind]: MdxEntry<KindData<K>>[] };
  const quizList = listCollection(contentDir, kinds.quizzes.files.entry, '.yaml', locales, root);
  issues.push(...quizList.issues);
  const quizzes = quizList.files.map((file): QuizEntry => {
    const { file: yaml, errors } = parseYamlFile(readFileSync(file.path, 'utf8'), file.file);
    issues.push(...asErrors(errors));
    if (!yaml) return file;
    const checked = checkFields(kinds.quizzes.schema, yaml.data);
    issues.push(...asErrors(fieldErrors(file.file, checked.issues, yaml)));
    return { ...file, yaml, data: checked.data };
  });

  const registerDir = join(contentDir, kinds.register.files.entry);
  const registerIds = new Set(
    existsSync(registerDir)
      ? readdirSync(registerDir)
          .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('.'))
          .map((name) => name.replace(/\.ya?ml$/, ''))
      : [],
  );
  const uiStrings = readUiStrings(source, issues);
  const uiFileName = (locale: string) => displayPath(root, resolve(source.uiStringsDir, `${locale}.json`));
  return {
    content: {
      source,
      ...mdxEntries,
      quizzes,
      glossaries,
      facts,
      register,
      registerIds,
      uiStrings,
      fileName,
      uiFileName,
    },
    issues,
  };
}

function readMdxCollection<T>(
  source: ContentSource,
  { folder, schema }: { folder: string; schema: z.ZodType<T> },
  issues: ContentIssue[],
): MdxEntry<T>[] {
  const listed = listCollection(source.contentDir, folder, '.mdx', source.locales, source.root);
  issues.push(...listed.issues);
  return listed.files.map((file) => {
    const mdx = readFileSync(file.path, 'utf8');
    const { document, error } = parseMdx(mdx);
    if (!document) {
      issues.push({
        severity: 'error',
        file: file.file,
        line: error?.line,
        field: '',
        message: `This text cannot be read: ${error?.message.replace(/\.?$/, '.')} Check that every component is closed (<Callout>…</Callout> or <Checklist … />), that { } and quotes come in pairs, and write comments as {/* … */}.`,
      });
      return file;
    }
    if (document.tooDeep) {
      issues.push({
        severity: 'error',
        file: file.file,
        line: document.tooDeep.line,
        field: '',
        message: `Block quotes, lists or components are nested more than ${MAX_NESTING} levels deep here: the site cannot show that. Remove the extra > signs, indentation or components.`,
      });
    }
    if (!document.frontmatter) {
      issues.push({
        severity: 'error',
        file: file.file,
        line: 1,
        field: '',
        message:
          frontMatterDashProblem(mdx.split('\n', 1)[0] ?? '') ??
          'Start the file with its front matter: a line ---, the fields (title: …), and another line ---.',
      });
      return { ...file, document };
    }
    const { text, firstLine } = document.frontmatter;
    const { file: yaml, errors } = parseYamlFile(text, file.file, firstLine);
    issues.push(...asErrors(errors));
    if (!yaml) return { ...file, document };
    const checked = checkFields(schema, yaml.data ?? {});
    issues.push(...asErrors(fieldErrors(file.file, checked.issues, yaml)));
    return { ...file, document, yaml, data: checked.data };
  });
}

function readUiStrings(source: ContentSource, issues: ContentIssue[]): Record<string, Record<string, string>> {
  const strings: Record<string, Record<string, string>> = {};
  for (const locale of source.locales) {
    const path = resolve(source.uiStringsDir, `${locale}.json`);
    const file = displayPath(source.root, path);
    strings[locale] = {};
    if (!existsSync(path)) {
      issues.push({
        severity: 'error',
        file,
        field: '',
        message: `The interface texts for "${locale}" are missing: copy ${source.defaultLocale}.json to this name and translate it.`,
      });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      issues.push({
        severity: 'error',
        file,
        field: '',
        message: `This is not valid JSON (${(error as Error).message}). Check for a missing comma or quote.`,
      });
      continue;
    }
    const checked = checkFields(uiStringsSchema, json);
    if (checked.data) strings[locale] = checked.data;
    else {
      issues.push(...asErrors(fieldErrors(file, checked.issues)));
      // Keep the texts that are fine, so that one bad key does not make every text look missing.
      const entries = json && typeof json === 'object' ? Object.entries(json) : [];
      strings[locale] = Object.fromEntries(entries.filter(([, text]) => typeof text === 'string' && text.trim()));
    }
  }
  return strings;
}
