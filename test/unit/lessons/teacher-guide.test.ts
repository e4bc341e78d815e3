import { describe, expect, it } from 'vitest';
import { planTimeline } from '../../../src/lib/lessons/teacher-guide.ts';
import { teacherGuideSchema } from '../../../src/schemas/teacher-guide.ts';

const guide = {
  title: 'Teacher guide: Updates',
  summary: 'Pupils find out how long their devices get updates.',
  duration: 45,
  ages: { from: 12, to: 16 },
  goals: ['Find the support period of a device.', 'Install an update.'],
  materials: ['A projector.'],
  plan: [
    { part: 'Starter', minutes: 5 },
    { part: 'Activity', minutes: 25 },
    { part: 'Class quiz', minutes: 15 },
  ],
};

describe('a teacher guide', () => {
  it('shows its plan by the clock, from the bell to the end of the class', () => {
    expect(planTimeline(guide.plan)).toEqual([
      { part: 'Starter', minutes: 5, from: 0, to: 5 },
      { part: 'Activity', minutes: 25, from: 5, to: 30 },
      { part: 'Class quiz', minutes: 15, from: 30, to: 45 },
    ]);
  });

  it('has a plan whose parts fill the class, no more and no less', () => {
    expect(teacherGuideSchema.safeParse(guide).success).toBe(true);
    const tooLong = teacherGuideSchema.safeParse({ ...guide, duration: 40 });
    expect(tooLong.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['plan', 'The parts take 45 minutes, but duration is 40: make them add up.'],
    ]);
  });

  it('is a class of 40 to 60 minutes', () => {
    const long = teacherGuideSchema.safeParse({
      ...guide,
      duration: 90,
      plan: [...guide.plan, { part: 'More', minutes: 40 }, { part: 'Close', minutes: 5 }],
    });
    expect(long.error?.issues.map((issue) => issue.message)).toEqual(['A class plan takes 40 to 60 minutes.']);
  });
});
