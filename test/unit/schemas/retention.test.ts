import { describe, expect, it } from 'vitest';
import { retentionValue } from '../../../src/schemas/sensor.ts';

const messages = (value: string) => retentionValue.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
const TOO_LONG =
  'Write a retention of at most 100 years (P100Y): check the number, and write how long the data is really kept.';

describe('a retention period', () => {
  it('may be none or any duration up to 100 years', () => {
    for (const value of ['none', 'P30D', 'PT72H', 'P1Y6M', 'P100Y', 'P1200M', 'PT876000H']) {
      expect(messages(value), value).toEqual([]);
    }
  });

  // an absurd retention passed the check and then crashed the build (Intl.DurationFormat)
  it('longer than 100 years is refused, however it is written', () => {
    for (const value of ['P99999999999999999999Y', 'P100000Y', 'P101Y', 'P100Y1D', 'PT876001H', 'P1217M']) {
      expect(messages(value), value).toEqual([TOO_LONG]);
    }
  });

  it('that is not a duration gets one message', () => {
    expect(messages('P')).toEqual([
      'Write an ISO 8601 duration such as P30D (30 days), PT72H (72 hours) or P1Y (1 year), or "none".',
    ]);
    expect(messages('30 days')).toHaveLength(1);
  });
});
