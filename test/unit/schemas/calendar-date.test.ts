import { describe, expect, it } from 'vitest';
import { calendarDate, impossibleDay } from '../../../src/schemas/calendar-date.ts';

describe('days of the calendar', () => {
  it('names why a written day does not exist, leap years included', () => {
    expect(impossibleDay('2026-02-31')).toBe('2026-02-31 is not a date: February 2026 has 28 days.');
    expect(impossibleDay('2026-02-29')).toBe('2026-02-29 is not a date: February 2026 has 28 days.');
    expect(impossibleDay('2100-02-29')).toBe('2100-02-29 is not a date: February 2100 has 28 days.');
    expect(impossibleDay('2026-04-31')).toBe('2026-04-31 is not a date: April 2026 has 30 days.');
    expect(impossibleDay('2026-00-10')).toBe('2026-00-10 is not a date: there is no month 0; write YYYY-MM-DD.');
    expect(impossibleDay('2026-05-00')).toBe('2026-05-00 is not a date: May 2026 has 31 days.');
    for (const day of ['2024-02-29', '2000-02-29', '2026-12-31', 'next week'])
      expect(impossibleDay(day)).toBeUndefined();
  });

  it('gives front matter and YAML dates one message each, and a real day as that day', () => {
    const published = calendarDate('Write the date as YYYY-MM-DD, e.g. 2026-11-30.');
    expect(published.safeParse('2026-02-31').error?.issues.map((issue) => issue.message)).toEqual([
      '2026-02-31 is not a date: February 2026 has 28 days.',
    ]);
    expect(published.safeParse('soon').error?.issues.map((issue) => issue.message)).toEqual([
      'Write the date as YYYY-MM-DD, e.g. 2026-11-30.',
    ]);
    expect(published.parse('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });
});
