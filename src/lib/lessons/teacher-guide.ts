/** One part of a class plan with the minutes it starts and ends at, counted from the bell. */
export interface TimedPart {
  part: string;
  minutes: number;
  from: number;
  to: number;
}

/**
 * The plan as a timeline (0–5, 5–25, …), so a teacher sees at a glance where the class should be
 * by the clock, not only how long each part takes.
 */
export function planTimeline(plan: readonly { part: string; minutes: number }[]): TimedPart[] {
  let start = 0;
  return plan.map(({ part, minutes }) => {
    const timed = { part, minutes, from: start, to: start + minutes };
    start += minutes;
    return timed;
  });
}
