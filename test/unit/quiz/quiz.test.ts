import { describe, expect, it } from 'vitest';
import { checkAnswer, fitsQuestion, isComplete, solutionOf } from '../../../src/lib/quiz/answers.ts';
import { fromBase32, groupInFours, toBase32 } from '../../../src/lib/quiz/base32.ts';
import { readPastedCodes, summarizeClass } from '../../../src/lib/quiz/class-results.ts';
import { classFragment, classQuestions, parseClassFragment } from '../../../src/lib/quiz/class-session.ts';
import { displayOrder } from '../../../src/lib/quiz/display-order.ts';
import { encodeResult } from '../../../src/lib/quiz/result-code.ts';
import { resultsCsv } from '../../../src/lib/quiz/results-csv.ts';
import { scoreQuiz } from '../../../src/lib/quiz/score.ts';
import { seededDerangedOrder, seededOrder } from '../../../src/lib/quiz/shuffle.ts';
import { paperQuestion } from '../../../src/lib/quiz/worksheet.ts';
import { quizQuestionSchema, quizSchema, type QuizQuestion } from '../../../src/schemas/quiz.ts';

const base = { explanation: 'Because the lesson says so.' };
const single = quizQuestionSchema.parse({
  ...base,
  id: 'q-single',
  type: 'single',
  question: 'Pick one',
  options: [{ label: 'A' }, { label: 'B', correct: true, feedback: 'Yes, B.' }, { label: 'C', feedback: 'Not C.' }],
});
const multiple = quizQuestionSchema.parse({
  ...base,
  id: 'q-multiple',
  type: 'multiple',
  question: 'Pick all',
  options: [{ label: 'A', correct: true }, { label: 'B' }, { label: 'C', correct: true }],
});
const trueFalse = quizQuestionSchema.parse({
  ...base,
  id: 'q-tf',
  type: 'true-false',
  question: 'The sky is green.',
  answer: false,
  feedbackTrue: 'No, it is not.',
  feedbackFalse: 'Right, it is not.',
});
const ordering = quizQuestionSchema.parse({
  ...base,
  id: 'q-order',
  type: 'ordering',
  question: 'Order',
  items: ['first', 'second', 'third', 'fourth'],
});
const matching = quizQuestionSchema.parse({
  ...base,
  id: 'q-match',
  type: 'matching',
  question: 'Match',
  pairs: [
    { prompt: 'one', match: '1' },
    { prompt: 'two', match: '2' },
    { prompt: 'three', match: '3' },
  ],
});
const all: QuizQuestion[] = [single, multiple, trueFalse, ordering, matching];

describe('checking answers', () => {
  it('scores a single-choice question and returns the picked option’s feedback', () => {
    expect(checkAnswer(single, [1])).toMatchObject({ correct: true, feedback: ['Yes, B.'] });
    expect(checkAnswer(single, [2])).toMatchObject({
      correct: false,
      feedback: ['Not C.'],
      parts: [true, false, false],
    });
  });

  it('needs every right option and no wrong one for multiple choice', () => {
    expect(checkAnswer(multiple, [0, 2]).correct).toBe(true);
    expect(checkAnswer(multiple, [0]).correct).toBe(false);
    expect(checkAnswer(multiple, [0, 1, 2]).correct).toBe(false);
  });

  it('scores true/false with the feedback for what was said', () => {
    expect(checkAnswer(trueFalse, [0])).toEqual({ correct: true, feedback: ['Right, it is not.'], parts: [true] });
    expect(checkAnswer(trueFalse, [1])).toEqual({ correct: false, feedback: ['No, it is not.'], parts: [false] });
  });

  it('scores ordering per position and whole', () => {
    expect(checkAnswer(ordering, [0, 1, 2, 3]).correct).toBe(true);
    expect(checkAnswer(ordering, [1, 0, 2, 3])).toMatchObject({ correct: false, parts: [false, false, true, true] });
  });

  it('scores matching per prompt and whole', () => {
    expect(checkAnswer(matching, [0, 1, 2]).correct).toBe(true);
    expect(checkAnswer(matching, [0, 2, 1])).toMatchObject({ correct: false, parts: [true, false, false] });
  });

  it('gives the solution of every type in answer form, which checks as right', () => {
    for (const question of all) expect(checkAnswer(question, solutionOf(question)).correct).toBe(true);
  });

  it('knows when an answer is complete enough to check', () => {
    expect(isComplete(single, [])).toBe(false);
    expect(isComplete(multiple, [1])).toBe(true);
    expect(isComplete(matching, [0, -1, 2])).toBe(false);
    expect(isComplete(matching, [0, 1, 2])).toBe(true);
  });

  it('drops stored answers that no longer fit the question', () => {
    expect(fitsQuestion(single, [5])).toBe(false);
    expect(fitsQuestion(ordering, [0, 0, 1, 2])).toBe(false);
    expect(fitsQuestion(ordering, [3, 2, 1, 0])).toBe(true);
    expect(fitsQuestion(matching, 'nonsense')).toBe(false);
  });

  it('scores a quiz one point per wholly right answer and lists what to revisit', () => {
    const score = scoreQuiz(all, { 'q-single': [1], 'q-multiple': [0], 'q-tf': [0], 'q-order': [0, 1, 2, 3] });
    expect(score).toEqual({ score: 3, total: 5, toRevisit: ['q-multiple', 'q-match'] });
  });
});

describe('seeded order', () => {
  it('is a permutation that the same seed repeats and other seeds change', () => {
    const order = seededOrder(6, 'class-1:q');
    expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seededOrder(6, 'class-1:q')).toEqual(order);
    const others = ['a', 'b', 'c', 'd'].map((seed) => seededOrder(6, seed).join());
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('never starts an ordering question in the right order', () => {
    for (let seed = 0; seed < 200; seed++) {
      expect(seededDerangedOrder(3, String(seed))).not.toEqual([0, 1, 2]);
    }
  });

  it('shows true/false as True first, and options the same for everyone with one seed', () => {
    expect(displayOrder(trueFalse, 'x')).toEqual([1, 0]);
    expect(displayOrder(single, 'ABCDEFG')).toEqual(displayOrder(single, 'ABCDEFG'));
  });
});

describe('a class', () => {
  const ids = all.map((question) => question.id);
  const settings = {
    classId: toBase32(fromBase32('K7QX2M0')!),
    quiz: 'demo',
    questions: ids.slice(0, 4),
    order: 'shuffled',
    label: '7B',
  } as const;

  it('travels in the link fragment and comes back the same', () => {
    const fragment = classFragment(settings);
    expect(parseClassFragment(`#${fragment}`, 'demo', ids)).toEqual(settings);
  });

  it('rejects damaged links instead of half-working', () => {
    expect(parseClassFragment('#class=K7QX2M0&q=q-single,nope&order=quiz', 'demo', ids)).toBeUndefined();
    expect(parseClassFragment('#class=short&q=q-single&order=quiz', 'demo', ids)).toBeUndefined();
    expect(parseClassFragment(`#class=${settings.classId}&q=&order=quiz`, 'demo', ids)).toBeUndefined();
    expect(parseClassFragment(`#class=${settings.classId}&q=q-single&order=sideways`, 'demo', ids)).toBeUndefined();
  });

  it('gives every student the same question order', () => {
    const order = classQuestions(all, settings).map((question) => question.id);
    expect([...order].sort()).toEqual([...ids.slice(0, 4)].sort());
    expect(classQuestions(all, settings).map((question) => question.id)).toEqual(order);
    expect(classQuestions(all, { ...settings, order: 'quiz' }).map((q) => q.id)).toEqual(ids.slice(0, 4));
  });

  it('accepts its own codes and names why others are refused', () => {
    const mine = encodeResult({
      classId: settings.classId,
      attemptId: 'AAAA0',
      firstTry: [true, true, false, true],
      nickname: 'Ana',
    });
    const other = encodeResult({
      classId: toBase32(new Uint8Array([1, 2, 3, 4])),
      attemptId: 'BBBB0',
      firstTry: [true, true, false, true],
      nickname: 'Eve',
    });
    const shorter = encodeResult({ classId: settings.classId, attemptId: 'CCCC0', firstTry: [true], nickname: 'Bo' });
    const pasted = readPastedCodes(`${mine}, ${other}\n${shorter} ${mine} garbage`, settings.classId, 4);
    expect(pasted.accepted.map((entry) => entry.result.nickname)).toEqual(['Ana']);
    expect(pasted.rejected.map((entry) => entry.reason)).toEqual([
      'other-class',
      'other-quiz-length',
      'duplicate',
      'format',
    ]);
  });

  it('summarises scores per student and rates per question, most missed first', () => {
    const summary = summarizeClass(
      ['a', 'b', 'c'],
      [
        { classId: settings.classId, attemptId: 'AAAA0', firstTry: [true, false, true], nickname: 'Ana' },
        { classId: settings.classId, attemptId: 'BBBB0', firstTry: [true, false, false], nickname: 'Bo' },
      ],
    );
    expect(summary.questions.map((rate) => [rate.id, rate.rate])).toEqual([
      ['b', 0],
      ['c', 0.5],
      ['a', 1],
    ]);
    expect(summary.students).toEqual([
      { nickname: 'Ana', score: 2, total: 3 },
      { nickname: 'Bo', score: 1, total: 3 },
    ]);
    expect(summary.averageScore).toBe(1.5);
  });

  it('exports CSV that a spreadsheet will not run as formulas, without control characters', () => {
    const csv = resultsCsv(
      { student: 'Student', score: 'Score', total: 'Total' },
      ['a', 'b'],
      [
        { nickname: '=HYPERLINK("x")', right: [true, false] },
        { nickname: 'Li, Wei', right: [true, true] },
        { nickname: '\u0000=1+1\u001B', right: [false, false] },
      ],
    );
    expect(csv.split('\r\n')).toEqual([
      'Student,Score,Total,a,b',
      `"'=HYPERLINK(""x"")",1,2,1,0`,
      '"Li, Wei",2,2,1,1',
      "'=1+1,0,2,0,0",
      '',
    ]);
  });
});

describe('worksheets', () => {
  it('letter the options in a fixed order and give the right letters on the key', () => {
    const paper = paperQuestion(single, 'demo');
    expect(paper).toEqual(paperQuestion(single, 'demo'));
    if (paper.kind !== 'choice') throw new Error('expected a choice question');
    expect(paper.options.find((option) => option.letter === paper.answer[0])!.text).toBe('B');
  });

  it('give the right position of every mixed-up step, and the letter of every match', () => {
    const paper = paperQuestion(ordering, 'demo');
    if (paper.kind !== 'ordering') throw new Error('expected ordering');
    paper.steps.forEach((step, index) =>
      expect(ordering.type === 'ordering' && ordering.items[paper.answer[index]! - 1]).toBe(step),
    );
    const match = paperQuestion(matching, 'demo');
    if (match.kind !== 'matching') throw new Error('expected matching');
    match.answer.forEach((letter, index) =>
      expect(match.matches.find((line) => line.letter === letter)!.text).toBe(String(index + 1)),
    );
  });
});

describe('the quiz schema', () => {
  const quiz = {
    title: 'Demo',
    summary: 'A short demo quiz for the tests.',
    level: 'beginner',
    order: 1,
    lessons: ['updates'],
    reviewed: '2026-12-05',
  };

  it('rejects a single-choice question with two right options, and ids used twice', () => {
    const twoRight = {
      ...base,
      id: 'x',
      type: 'single',
      question: 'Q',
      options: [
        { label: 'a', correct: true },
        { label: 'b', correct: true },
      ],
    };
    expect(quizQuestionSchema.safeParse(twoRight).success).toBe(false);
    const result = quizSchema.safeParse({ ...quiz, questions: [single, single, multiple, trueFalse] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('"q-single\\" is used twice');
  });

  it('rejects an unknown question type with the list of types', () => {
    const result = quizQuestionSchema.safeParse({ ...base, id: 'x', type: 'essay', question: 'Q' });
    expect(result.error?.issues[0]?.message).toMatch(/single, multiple, true-false, ordering or matching/);
  });
});

describe('group in fours', () => {
  it('groups for reading aloud', () => expect(groupInFours('ABCDEFGHIJ')).toBe('ABCD-EFGH-IJ'));
});
