import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../support/memory-store.ts';
import { describeStoredKey, exportDocument } from '../../../src/lib/my-data.ts';
import { listStored, removeStored, writeStored } from '../../../src/lib/lessons/device-storage.ts';
import { attemptKey, recordScore, saveTeacherClass } from '../../../src/lib/quiz/quiz-storage.ts';
import { setLessonDone } from '../../../src/lib/lessons/progress.ts';
import { PROPOSAL_DRAFT_KEY } from '../../../src/lib/register/proposal/proposal-values.ts';

describe('my data on this device', () => {
  it('names everything the features store, so nothing shows up as unknown', () => {
    const store = memoryStore();
    setLessonDone('updates', true, store);
    writeStored('checklist:home-network-router-settings', [0, 2], store);
    writeStored('device-check', { device: 'camera', answers: {} }, store);
    recordScore('updates', { score: 8, total: 10, date: '2026-11-30' }, store);
    writeStored(attemptKey('updates'), {}, store);
    writeStored(attemptKey('updates', 'K7QX2M0'), {}, store);
    writeStored('quiz:view', 'all', store);
    writeStored(PROPOSAL_DRAFT_KEY, { 'name.en': 'Cyclist counter' }, store);
    saveTeacherClass(
      {
        classId: 'K7QX2M0',
        quiz: 'updates',
        questions: ['a'],
        order: 'quiz',
        label: '7B',
        lang: 'en',
        created: '2026-11-30',
        codes: [],
      },
      store,
    );
    const kinds = listStored(store).map((item) => [item.key, describeStoredKey(item.key)]);
    expect(kinds).toEqual([
      ['checklist:home-network-router-settings', { kind: 'checklist', subject: 'home-network-router-settings' }],
      ['classroom:classes', { kind: 'classes' }],
      ['device-check', { kind: 'deviceCheck' }],
      ['lessons:done', { kind: 'lessonsDone' }],
      ['quiz:attempt:updates', { kind: 'quizAttempt', subject: 'updates' }],
      ['quiz:attempt:updates:K7QX2M0', { kind: 'classAttempt', subject: 'updates' }],
      ['quiz:best:updates', { kind: 'quizBest', subject: 'updates' }],
      ['quiz:view', { kind: 'quizView' }],
      ['register:proposal', { kind: 'proposalDraft' }],
    ]);
  });

  it('deletes one item without touching items whose key starts the same', () => {
    const store = memoryStore();
    writeStored(attemptKey('updates'), {}, store);
    writeStored(attemptKey('updates', 'K7QX2M0'), {}, store);
    removeStored(attemptKey('updates'), store);
    expect(listStored(store).map((item) => item.key)).toEqual(['quiz:attempt:updates:K7QX2M0']);
  });

  it('ignores other sites’ keys and exports values as stored', () => {
    const store = memoryStore();
    store.setItem('other-site:token', 'secret');
    store.setItem('lindenhaven:broken', '{not json');
    writeStored('quiz:view', 'one', store);
    const items = listStored(store);
    expect(items).toEqual([
      { key: 'broken', value: '{not json' },
      { key: 'quiz:view', value: 'one' },
    ]);
    expect(describeStoredKey('broken')).toEqual({ kind: 'other' });
    const file = exportDocument('https://privacy.example', items, new Date('2026-11-30T10:00:00Z'));
    expect(file).toMatchObject({
      site: 'https://privacy.example',
      exported: '2026-11-30T10:00:00.000Z',
      items: { 'quiz:view': 'one' },
    });
  });
});
