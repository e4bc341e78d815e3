import { describe, expect, it } from 'vitest';
import { checkNoticeEntry } from '../../../src/lib/editor/check-notice-scope.ts';

const saved = '#/collections/register/entries/noise-centrum-01';

describe('the check box after a save', () => {
  it('closes when another entry or a new one is opened', () => {
    expect(checkNoticeEntry(saved, saved, '#/collections/lessons/entries/updates')).toBeUndefined();
    expect(checkNoticeEntry(saved, '#/collections/register', '#/collections/register/new')).toBeUndefined();
  });

  it('stays on the list and when the saved entry is opened again', () => {
    expect(checkNoticeEntry(saved, saved, '#/collections/register')).toBe(saved);
    expect(checkNoticeEntry(saved, '#/collections/register', saved)).toBe(saved);
  });

  it('follows a new entry to its file name as it is saved', () => {
    const created = '#/collections/register/entries/cyclist-counter-havenbrug';
    expect(checkNoticeEntry('#/collections/register/new', '#/collections/register/new', created)).toBe(created);
  });
});
