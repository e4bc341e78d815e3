import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizSchema, type QuizData } from '../../../src/schemas/quiz.ts';
import { quizByte } from '../../../src/lib/quiz/join-code.ts';

// Whether quizzes agree across languages and link to lessons that exist is the content check's job
// (src/lib/content-check/rules/quizzes.ts); this test holds the demo city to what the issue promised.
const folder = join(import.meta.dirname, '..', '..', '..', 'content', 'quizzes');

function quizzes(lang: string): Map<string, QuizData> {
  return new Map(
    readdirSync(join(folder, lang)).map((file) => [
      file.replace(/\.yaml$/, ''),
      quizSchema.parse(parse(readFileSync(join(folder, lang, file), 'utf8'))),
    ]),
  );
}

describe('the demo quizzes', () => {
  it('cover every theme and a final quiz in English and Dutch, at least two in Arabic, 8 to 12 questions each', () => {
    const english = quizzes('en');
    expect(english.size).toBeGreaterThanOrEqual(8);
    expect(english.has('final-quiz')).toBe(true);
    expect([...quizzes('nl').keys()].sort()).toEqual([...english.keys()].sort());
    expect(quizzes('ar').size).toBeGreaterThanOrEqual(2);
    for (const [slug, quiz] of english) {
      expect(quiz.questions.length, slug).toBeGreaterThanOrEqual(8);
      expect(quiz.questions.length, slug).toBeLessThanOrEqual(12);
      const types = new Set(quiz.questions.map((question) => question.type));
      expect(types.size, `${slug} mixes question types`).toBeGreaterThanOrEqual(4);
    }
  });

  it('name every quiz with its own byte in join codes (a new slug that collides needs another name)', () => {
    const slugs = [...quizzes('en').keys()];
    const bytes = new Map(slugs.map((slug) => [quizByte(slug), slug]));
    expect(bytes.size, 'two quiz slugs share a join-code byte (src/lib/quiz/join-code.ts)').toBe(slugs.length);
  });
});
