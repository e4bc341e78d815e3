import { solutionOf } from '../../quiz/answers.ts';
import type { QuizData, QuizQuestion } from '../../../schemas/quiz.ts';
import type { ContentIssue } from '../issue.ts';
import type { QuizEntry } from '../read-content.ts';

/** What a quiz's links to lessons are checked against. */
export interface QuizContext {
  defaultLocale: string;
  /** Lesson slugs published (those in the default language). */
  lessonSlugs: ReadonlySet<string>;
  /** The section ids of a lesson as readers of a language see it; undefined for an unknown lesson. */
  lessonAnchors(slug: string, locale: string): ReadonlySet<string> | undefined;
  lessonFile(slug: string): string;
}

/** A quiz's lessons and its questions' "learn more" links lead to lessons and sections that exist. */
export function checkQuizLinks(quiz: QuizEntry & { data: QuizData }, context: QuizContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const error = (path: (string | number)[], message: string) =>
    issues.push({ severity: 'error', file: quiz.file, line: quiz.yaml?.lineOf(path), field: path.join('.'), message });
  quiz.data.lessons.forEach((slug, index) => {
    if (!context.lessonSlugs.has(slug)) error(['lessons', index], notALesson(slug, context));
  });
  quiz.data.questions.forEach((question, index) => {
    if (!question.learnMore) return;
    const [slug = '', section] = question.learnMore.split('#');
    const path = ['questions', index, 'learnMore'];
    const anchors = context.lessonAnchors(slug, quiz.locale);
    if (!context.lessonSlugs.has(slug)) {
      error(path, notALesson(slug, context));
    } else if (section && anchors && !anchors.has(section)) {
      error(
        path,
        `The lesson "${slug}" has no section "${section}". Its sections are: ${[...anchors].join(', ')}. A section's id is its heading in lowercase, punctuation left out, spaces as hyphens.`,
      );
    }
  });
  return issues;
}

function notALesson(slug: string, context: QuizContext): string {
  return `"${slug}" is not a lesson: there is no ${context.lessonFile(slug)}. Use a lesson's file name without .mdx.`;
}

/**
 * A quiz in every language has the same questions (ids), of the same types, with the same right
 * answers: scores and class results compare answers across languages.
 */
export function compareTranslation(
  original: QuizEntry & { data: QuizData },
  translation: QuizEntry & { data: QuizData },
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const at = (path: (string | number)[], severity: ContentIssue['severity'], message: string) =>
    issues.push({
      severity,
      file: translation.file,
      line: translation.yaml?.lineOf(path),
      field: path.join('.'),
      message,
    });
  const compareWith = `compare with ${original.file}`;
  const originalById = new Map(original.data.questions.map((question) => [question.id, question]));
  const translatedIds = new Set(translation.data.questions.map((question) => question.id));

  const missing = original.data.questions.filter((question) => !translatedIds.has(question.id));
  if (missing.length > 0) {
    at(
      ['questions'],
      'error',
      `Question${missing.length > 1 ? 's' : ''} ${missing.map((q) => `"${q.id}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: every language has the same questions with the same ids (${compareWith}).`,
    );
  }
  translation.data.questions.forEach((question, index) => {
    const source = originalById.get(question.id);
    if (!source) {
      at(
        ['questions', index, 'id'],
        'error',
        `There is no question "${question.id}" in ${original.file}: use the same ids in every language (ids are not translated).`,
      );
      return;
    }
    const difference = answerDifference(source, question);
    if (difference) at(['questions', index, difference.field], 'error', `${difference.message} (${compareWith}).`);
  });
  const sameOrder = original.data.questions
    .map((q) => q.id)
    .filter((id) => translatedIds.has(id))
    .join();
  const translatedOrder = translation.data.questions
    .map((q) => q.id)
    .filter((id) => originalById.has(id))
    .join();
  if (missing.length === 0 && sameOrder !== translatedOrder) {
    at(['questions'], 'warning', `The questions are in another order than in ${original.file}: keep the same order.`);
  }
  if (original.data.lessons.join() !== translation.data.lessons.join()) {
    at(['lessons'], 'warning', `The lessons differ from ${original.file} (${original.data.lessons.join(', ')}).`);
  }
  return issues;
}

/** What makes a question the same across languages: its type, its size and its right answer (as scored). */
function answerDifference(
  source: QuizQuestion,
  question: QuizQuestion,
): { field: string; message: string } | undefined {
  if (source.type !== question.type) {
    return { field: 'type', message: `The type is ${source.type} in the original, ${question.type} here` };
  }
  const [field, part] = PARTS[source.type];
  const size = (q: QuizQuestion) => {
    const value = (q as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.length : 0;
  };
  if (size(source) !== size(question)) {
    return {
      field,
      message: `The original has ${size(source)} ${part}s, this has ${size(question)}: translate every ${part}, in the same order`,
    };
  }
  const right = (q: QuizQuestion) =>
    solutionOf(q)
      .map((index) => index + 1)
      .join(', ');
  if (right(source) === right(question)) return undefined;
  return source.type === 'true-false' && question.type === 'true-false'
    ? { field, message: `The answer is ${String(source.answer)} in the original, ${String(question.answer)} here` }
    : {
        field,
        message: `The right answer differs: in the original option ${right(source)}, here option ${right(question)} (counting from 1). Keep the options in the same order as the original`,
      };
}

/** The field holding a question's answer, and what one of its parts is called. */
const PARTS: Record<QuizQuestion['type'], [string, string]> = {
  single: ['options', 'option'],
  multiple: ['options', 'option'],
  'true-false': ['answer', 'answer'],
  ordering: ['items', 'step'],
  matching: ['pairs', 'pair'],
};
