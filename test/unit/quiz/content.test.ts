import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../../src/lib/quiz/translations.ts';
import { quizSchema, type QuizData } from '../../../src/schemas/quiz.ts';

const content = join(import.meta.dirname, '..', '..', '..', 'content');
const languages = readdirSync(join(content, 'quizzes'));

function quizzes(lang: string): Map<string, QuizData> {
  const folder = join(content, 'quizzes', lang);
  return new Map(
    readdirSync(folder).map((file) => [
      file.replace(/\.yaml$/, ''),
      quizSchema.parse(parse(readFileSync(join(folder, file), 'utf8'))),
    ]),
  );
}

/** Heading ids of a lesson as Astro makes them (github-slugger over the ## and ### headings). */
function lessonAnchors(lang: string, slug: string): Set<string> | undefined {
  let text: string;
  try {
    text = readFileSync(join(content, 'lessons', lang, `${slug}.mdx`), 'utf8');
  } catch {
    return undefined;
  }
  const slugger = new GithubSlugger();
  return new Set([...text.matchAll(/^#{2,3} (.+)$/gm)].map((match) => slugger.slug(match[1]!.trim())));
}

const english = quizzes('en');

describe('the demo quizzes', () => {
  it('are there for every lesson and a final quiz, in English and Dutch, with 8 to 12 questions', () => {
    expect(english.size).toBeGreaterThanOrEqual(8);
    expect([...quizzes('nl').keys()].sort()).toEqual([...english.keys()].sort());
    expect(quizzes('ar').size).toBeGreaterThanOrEqual(2);
    for (const quiz of english.values()) {
      expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
      expect(quiz.questions.length).toBeLessThanOrEqual(12);
    }
  });

  for (const lang of languages.filter((code) => code !== 'en')) {
    it(`in ${lang} have the same question ids and right answers as in English`, () => {
      const problems = [...quizzes(lang)].flatMap(([slug, quiz]) =>
        english.has(slug)
          ? translationProblems(english.get(slug)!, quiz).map((problem) => `${slug}: ${problem}`)
          : [`${slug}: not in English`],
      );
      expect(problems).toEqual([]);
    });
  }

  for (const lang of languages) {
    it(`in ${lang} link to lessons and lesson sections that exist`, () => {
      const broken = [...quizzes(lang)].flatMap(([slug, quiz]) => [
        ...quiz.lessons.filter((lesson) => !lessonAnchors('en', lesson)).map((lesson) => `${slug}: lesson ${lesson}`),
        ...quiz.questions.flatMap((question) => {
          if (!question.learnMore) return [];
          const [lesson = '', section] = question.learnMore.split('#');
          const anchors = lessonAnchors(lang, lesson);
          return anchors && (!section || anchors.has(section)) ? [] : [`${slug}/${question.id}: ${question.learnMore}`];
        }),
      ]);
      expect(broken).toEqual([]);
    });
  }

  it('are what each lesson’s relatedQuiz points to', () => {
    const folder = join(content, 'lessons', 'en');
    const missing = readdirSync(folder).flatMap((file) => {
      const related = /^relatedQuiz: (\S+)$/m.exec(readFileSync(join(folder, file), 'utf8'))?.[1];
      return related && !english.has(related) ? [`${file}: ${related}`] : [];
    });
    expect(missing).toEqual([]);
  });
});
