import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  parseRetention,
  retentionBucket,
  retentionHours,
} from '../../../src/lib/register/retention.ts';

describe('retention', () => {
  it('parses ISO 8601 durations and "none"', () => {
    expect(parseRetention('P30D')).toEqual({ days: 30 });
    expect(parseRetention('P1Y6M')).toEqual({ years: 1, months: 6 });
    expect(parseRetention('PT72H')).toEqual({ hours: 72 });
    expect(parseRetention('none')).toBeNull();
    expect(() => parseRetention('30 days')).toThrow('not an ISO 8601 duration');
    expect(() => parseRetention('P')).toThrow();
  });
  it('orders and buckets them', () => {
    expect(retentionHours('PT72H')).toBe(72);
    expect(retentionBucket('none')).toBe('none');
    expect(retentionBucket('PT24H')).toBe('day');
    expect(retentionBucket('P28D')).toBe('month');
    expect(retentionBucket('P1Y')).toBe('year');
    expect(retentionBucket('P5Y')).toBe('longer');
  });
  it("says the duration in the reader's language", () => {
    expect(formatDuration({ days: 30 }, 'en')).toBe('30 days');
    expect(formatDuration({ days: 30 }, 'nl')).toBe('30 dagen');
    expect(formatDuration({ years: 1 }, 'ar')).toMatch(/سنة/);
  });
});
