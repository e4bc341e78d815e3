import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../support/memory-store.ts';
import { clearStored, readStored, writeStored, isStringList } from '../../../src/lib/lessons/device-storage.ts';
import { doneLessons, setLessonDone } from '../../../src/lib/lessons/progress.ts';
import { deviceActions } from '../../../src/lib/lessons/device-check.ts';
import { keyTermIds } from '../../../src/lib/lessons/key-terms.ts';
import { lessonsIn, neighbours } from '../../../src/lib/lessons/lesson-order.ts';
import { checkChoice } from '../../../src/lib/quiz/check-choice.ts';
import { choiceQuestionSchema } from '../../../src/schemas/question.ts';
import { fill } from '../../../src/lib/fill.ts';

describe('progress on the device', () => {
  it('marks lessons done and not done', () => {
    const store = memoryStore();
    setLessonDone('updates', true, store);
    setLessonDone('default-passwords', true, store);
    expect(doneLessons(store)).toEqual(['default-passwords', 'updates']);
    setLessonDone('updates', false, store);
    expect(doneLessons(store)).toEqual(['default-passwords']);
  });
  it('ignores broken or foreign data instead of failing', () => {
    const store = memoryStore();
    store.setItem('lindenhaven:lessons:done', '{not json');
    expect(doneLessons(store)).toEqual([]);
    store.setItem('lindenhaven:lessons:done', '{"a":1}');
    expect(readStored('lessons:done', ['x'], isStringList, store)).toEqual(['x']);
  });
  it("clears only this site's keys", () => {
    const store = memoryStore();
    writeStored('checklist:a', [1], store);
    store.setItem('other-site', 'keep');
    clearStored('', store);
    expect([...store.data.keys()]).toEqual(['other-site']);
  });
});

describe('device check', () => {
  it('lists a to-do for every answer that is not safe, including "unsure"', () => {
    expect(deviceActions({ password: 'yes', updates: 'yes', support: 'yes', remote: 'no', twoStep: 'yes' })).toEqual(
      [],
    );
    expect(deviceActions({ password: 'no', updates: 'unsure', support: 'yes', remote: 'yes' })).toEqual([
      'password',
      'updates',
      'remote',
      'twoStep',
    ]);
  });
});

describe('knowledge checks', () => {
  const question = choiceQuestionSchema.parse({
    id: 'q1',
    question: 'Which are safe?',
    type: 'multiple',
    options: [
      { label: 'A', correct: true, feedback: 'A is right.' },
      { label: 'B', feedback: 'B is wrong.' },
      { label: 'C', correct: true },
    ],
  });
  it('is right only with exactly the right options', () => {
    expect(checkChoice(question, [0, 2]).correct).toBe(true);
    expect(checkChoice(question, [0]).correct).toBe(false);
    expect(checkChoice(question, [0]).missed).toEqual([2]);
    expect(checkChoice(question, [0, 1, 2]).correct).toBe(false);
    expect(checkChoice(question, [1]).feedback).toEqual(['B is wrong.']);
  });
  it('refuses a question without a right answer, or a single question with two', () => {
    const base = { id: 'q2', question: '?', options: [{ label: 'A' }, { label: 'B' }] };
    expect(choiceQuestionSchema.safeParse(base).error?.issues[0]?.message).toContain('Mark the right option');
    const two = {
      ...base,
      options: [
        { label: 'A', correct: true },
        { label: 'B', correct: true },
      ],
    };
    expect(choiceQuestionSchema.safeParse(two).error?.issues[0]?.message).toContain('type="multiple"');
  });
});

describe('lesson helpers', () => {
  it('finds key terms in order of first use', () => {
    expect(
      keyTermIds(
        'A <KeyTerm id="botnet">x</KeyTerm> and <KeyTerm id=\'ddos\'>y</KeyTerm> <KeyTerm id="botnet">z</KeyTerm>',
      ),
    ).toEqual(['botnet', 'ddos']);
  });
  it('orders lessons and falls back to the default language', () => {
    const entry = (id: string, title: string, order: number) => ({ id, data: { title, order } });
    const entries = [entry('en/b', 'B', 2), entry('en/a', 'A', 1), entry('en/c', 'C', 3), entry('nl/a', 'A-nl', 1)];
    const nl = lessonsIn(entries, 'nl', 'en');
    expect(nl.map((l) => [l.slug, l.title, l.contentLocale])).toEqual([
      ['a', 'A-nl', 'nl'],
      ['b', 'B', 'en'],
      ['c', 'C', 'en'],
    ]);
    expect(neighbours(nl, 'b')).toMatchObject({ previous: { slug: 'a' }, next: { slug: 'c' } });
    expect(neighbours(nl, 'a').previous).toBeUndefined();
  });
  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{{done}} of {{total}} {{x}}', { done: 2, total: 5 })).toBe('2 of 5 {{x}}');
  });
});
