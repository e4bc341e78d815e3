import { describe, expect, it } from 'vitest';
import { toBase32 } from '../../../src/lib/quiz/base32.ts';
import { readPastedCodes, summarizeClass } from '../../../src/lib/quiz/class-results.ts';
import { classFile, readClassFile } from '../../../src/lib/quiz/class-file.ts';
import {
  decodeJoinCode,
  encodeJoinCode,
  joinableClassId,
  joinAddress,
  quizByte,
  showJoinCode,
} from '../../../src/lib/quiz/join-code.ts';
import { hashText } from '../../../src/lib/quiz/shuffle.ts';
import { firstTries } from '../../../src/lib/quiz/score.ts';
import {
  decodeResult,
  encodeResult,
  fitNickname,
  newAttemptId,
  type ClassResult,
} from '../../../src/lib/quiz/result-code.ts';
import {
  deleteTeacherClass,
  presentState,
  savePresentState,
  type TeacherClass,
} from '../../../src/lib/quiz/quiz-storage.ts';
import { parseClassFragment, quizOfFragment, teacherFragment } from '../../../src/lib/quiz/class-session.ts';
import { memoryStore } from '../../support/memory-store.ts';

const classId = 'K7QX2M0';
const result: ClassResult = {
  classId,
  attemptId: 'A1B20',
  firstTry: [true, false, true, true, false, false, true, true, true],
  nickname: 'Samira',
};

/** A version 1 code as the site made them before attempt ids: version, class, count, bits, name length, name, checksum. */
function versionOneCode(): string {
  const body = new Uint8Array([1, 0x9c, 0xee, 0xe8, 0x9a, 4, 0b1011_0000, 0]);
  const hash = hashText(Array.from(body, (byte) => String.fromCharCode(byte)).join(''));
  return toBase32(new Uint8Array([...body, (hash >>> 16) & 255, (hash >>> 8) & 255, hash & 255]));
}

describe('result codes', () => {
  it('round-trip, and read back whatever case and grouping was typed', () => {
    const code = encodeResult(result);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    expect(decodeResult(code)).toEqual({ ok: true, result });
    expect(decodeResult(code.toLowerCase().replaceAll('-', ' '))).toEqual({ ok: true, result });
  });

  it('are 28 characters for 10 questions without a nickname', () => {
    const code = encodeResult({ ...result, firstTry: Array(10).fill(true), nickname: '' });
    expect(code).toHaveLength(28);
    expect(code.replaceAll('-', '')).toHaveLength(23);
  });

  it('differ for two pupils with the same answers, and stay the same for one attempt', () => {
    const first = encodeResult({ ...result, attemptId: newAttemptId() });
    const second = encodeResult({ ...result, attemptId: newAttemptId() });
    expect(first).not.toBe(second);
    expect(encodeResult(result)).toBe(encodeResult(result));
  });

  it('carry non-Latin nicknames and cut long ones at a whole character', () => {
    expect(decodeResult(encodeResult({ ...result, nickname: 'سميرة' }))).toMatchObject({
      ok: true,
      result: { nickname: 'سميرة' },
    });
    const long = fitNickname('ب'.repeat(40));
    expect(new TextEncoder().encode(long).length).toBe(30);
    expect(decodeResult(encodeResult({ ...result, nickname: long }))).toMatchObject({ ok: true });
  });

  it('reject a changed character, a missing character and text that is not a code', () => {
    const code = encodeResult(result).replaceAll('-', '');
    const changed = code.slice(0, 8) + (code[8] === 'Z' ? 'Y' : 'Z') + code.slice(9);
    expect(decodeResult(changed)).toEqual({ ok: false, error: 'checksum' });
    expect(decodeResult(code.slice(0, -1)).ok).toBe(false);
    expect(decodeResult('hello world!')).toEqual({ ok: false, error: 'format' });
    expect(decodeResult('')).toEqual({ ok: false, error: 'format' });
  });

  it('refuse codes of the previous version with their own reason', () => {
    expect(decodeResult(versionOneCode())).toEqual({ ok: false, error: 'old-version' });
  });

  it('refuse to encode for a malformed class or attempt id', () => {
    expect(() => encodeResult({ ...result, classId: 'nope' })).toThrow(/class id/);
    expect(() => encodeResult({ ...result, attemptId: 'x' })).toThrow(/attempt id/);
  });
});

describe('first tries', () => {
  it('are the recorded first checks, and the final answer for questions never checked', () => {
    const questions = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    const score = { score: 2, total: 4, toRevisit: ['b', 'd'] };
    // a: wrong at the first check, right after "Try again"; b, c: never checked (wrong, right); d: right at the first check.
    expect(firstTries(questions, { a: false, d: true }, score)).toEqual([false, false, true, true]);
  });
});

describe('collecting codes', () => {
  const code = (attemptId: string, firstTry: boolean[], nickname = '') =>
    encodeResult({ classId, attemptId, firstTry, nickname });

  it('counts pupils with identical answers once each, and one pupil once however the code is typed', () => {
    const answers = [true, true, false, true];
    const codes = ['AAAA0', 'BBBB0', 'CCCC0', 'DDDD0'].map((id) => code(id, answers));
    const pasted = readPastedCodes(
      [...codes, codes[0]!.toLowerCase(), codes[1]!.replaceAll('-', '')].join('\n'),
      classId,
      4,
    );
    expect(pasted.accepted).toHaveLength(4);
    expect(pasted.rejected.map((entry) => entry.reason)).toEqual(['duplicate', 'duplicate']);
    expect(readPastedCodes(codes[2]!, classId, 4, codes).rejected).toEqual([{ code: codes[2], reason: 'duplicate' }]);
  });

  it('reads 30 codes pasted at once', () => {
    const codes = Array.from({ length: 30 }, (_, index) =>
      code(newAttemptId(), [index % 2 === 0, true, index % 3 === 0, false], index < 10 ? `P${index}` : ''),
    );
    const pasted = readPastedCodes(codes.join(' '), classId, 4);
    expect(pasted.rejected).toEqual([]);
    expect(pasted.accepted).toHaveLength(30);
    const summary = summarizeClass(
      ['a', 'b', 'c', 'd'],
      pasted.accepted.map((entry) => entry.result),
    );
    expect(summary.questions.map((rate) => [rate.id, rate.right])).toEqual([
      ['d', 0],
      ['c', 10],
      ['a', 15],
      ['b', 30],
    ]);
  });
});

describe('join codes', () => {
  const quizzes = [
    { slug: 'updates', questions: Array.from({ length: 10 }, (_, index) => `u${index + 1}`) },
    { slug: 'final-quiz', questions: Array.from({ length: 15 }, (_, index) => `f${index + 1}`) },
  ];
  const settings = {
    classId: joinableClassId('updates'),
    quiz: 'updates',
    questions: ['u1', 'u3', 'u10'],
    order: 'shuffled' as const,
    label: '',
  };

  it('carry quiz, questions, order and class id in 12 characters, 14 as shown', () => {
    const code = encodeJoinCode(settings, quizzes[0]!)!;
    expect(code).toMatch(/^[0-9A-Z]{12}$/);
    expect(showJoinCode(code)).toHaveLength(14);
    expect(decodeJoinCode(showJoinCode(code).toLowerCase(), quizzes)).toEqual({ ok: true, settings });
    const all = { ...settings, classId: joinableClassId('final-quiz'), quiz: 'final-quiz', order: 'quiz' as const };
    const full = { ...all, questions: quizzes[1]!.questions };
    expect(decodeJoinCode(encodeJoinCode(full, quizzes[1]!)!, quizzes)).toEqual({ ok: true, settings: full });
  });

  it('catch typing mistakes and name what is wrong', () => {
    const code = encodeJoinCode(settings, quizzes[0]!)!;
    let caught = 0;
    for (let position = 0; position < code.length; position++) {
      const typo = code.slice(0, position) + (code[position] === '7' ? '8' : '7') + code.slice(position + 1);
      if (!decodeJoinCode(typo, quizzes).ok) caught++;
    }
    expect(caught).toBe(code.length);
    expect(decodeJoinCode(code.slice(1), quizzes)).toEqual({ ok: false, error: 'format' });
    expect(decodeJoinCode('<script>x</script>', quizzes)).toEqual({ ok: false, error: 'format' });
    expect(decodeJoinCode(code, quizzes.slice(1))).toEqual({ ok: false, error: 'unknown-quiz' });
  });

  it('are not made for classes whose id was not made for one', () => {
    expect(encodeJoinCode({ ...settings, classId }, quizzes[0]!)).toBeUndefined();
  });

  it('give a join address in capitals where that is allowed', () => {
    expect(joinAddress('https://privacy.lindenhaven.example', 'ar', 'K7QX2M04B9T1')).toBe(
      'HTTPS://PRIVACY.LINDENHAVEN.EXAMPLE/ar/classroom/join/#K7QX2M04B9T1',
    );
  });

  it('tell the quiz byte of every quiz apart (quizzes of the site: test/unit/quiz/content.test.ts)', () => {
    expect(quizByte('updates')).not.toBe(quizByte('final-quiz'));
  });
});

describe('class files', () => {
  const quizzes = [{ slug: 'updates', questions: ['a', 'b', 'c', 'd'] }];
  const good = encodeResult({ classId, attemptId: 'AAAA0', firstTry: [true, true, false, true], nickname: 'Ana' });
  const item: TeacherClass = {
    classId,
    quiz: 'updates',
    questions: ['a', 'b', 'c', 'd'],
    order: 'quiz',
    label: '7B',
    lang: 'en',
    created: '2026-12-05',
    codes: [good],
  };

  it('save a class with its results and read it back', () => {
    expect(readClassFile(classFile(item), quizzes)).toEqual({ ok: true, item });
  });

  it('refuse what is not a class file, and drop codes that do not belong', () => {
    expect(readClassFile('%PDF-1.7', quizzes)).toEqual({ ok: false, error: 'not-json' });
    expect(readClassFile('{"format":"other"}', quizzes)).toEqual({ ok: false, error: 'not-a-class-file' });
    expect(readClassFile(classFile({ ...item, quiz: 'gone' }), quizzes)).toEqual({ ok: false, error: 'unknown-quiz' });
    const newer = JSON.stringify({ format: 'lindenhaven-class', version: 9, class: item });
    expect(readClassFile(newer, quizzes)).toEqual({ ok: false, error: 'newer-version' });
    expect(readClassFile(classFile({ ...item, questions: ['a', 'x'] }), quizzes)).toEqual({
      ok: false,
      error: 'damaged',
    });
    const hostile = classFile({ ...item, label: '<img src=x onerror=alert(1)>', codes: [good, 'junk', good] });
    const read = readClassFile(hostile, quizzes);
    expect(read).toMatchObject({ ok: true, item: { codes: [good], label: '<img src=x onerror=alert(1)>' } });
  });
});

describe('teacher links', () => {
  const settings = { classId, quiz: 'updates', questions: ['a', 'b'], order: 'quiz' as const, label: '7B & co' };

  it('carry the quiz with the class, and give back the same class', () => {
    const fragment = teacherFragment(settings);
    expect(quizOfFragment(fragment)).toBe('updates');
    expect(parseClassFragment(`#${fragment}`, 'updates', ['a', 'b', 'c'])).toEqual(settings);
  });

  it('name no quiz when the slug could lead elsewhere', () => {
    for (const quiz of ['../../x', 'Updates', 'a/b', '', 'x%2F..'])
      expect(quizOfFragment(`#quiz=${encodeURIComponent(quiz)}&class=${classId}`)).toBeUndefined();
  });
});

describe('present mode on this device', () => {
  it('starts at the join screen and keeps its place and tally until the class is deleted', () => {
    const store = memoryStore();
    expect(presentState(classId, store)).toEqual({ index: -1, tally: {} });
    const state = { index: 2, tally: { q1: [3, null as unknown as number, 1] } };
    savePresentState(classId, state, store);
    expect(presentState(classId, store)).toEqual(state);
    store.setItem(`lindenhaven:classroom:present:${classId}`, '{"index":"2","tally":{}}');
    expect(presentState(classId, store)).toEqual({ index: -1, tally: {} });
    savePresentState(classId, state, store);
    deleteTeacherClass(classId, store);
    expect(presentState(classId, store)).toEqual({ index: -1, tally: {} });
  });
});
