import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time.ts';

describe('readingMinutes', () => {
  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('A short text.')).toBe(1);
  });
  it('counts words in Latin and Arabic script alike', () => {
    expect(readingMinutes('word '.repeat(900))).toBe(5);
    expect(readingMinutes('كلمة '.repeat(900))).toBe(5);
  });
  it('ignores markup and lone punctuation', () => {
    expect(readingMinutes('<Callout type="tip"> — · </Callout> '.repeat(500))).toBe(1);
  });
});
