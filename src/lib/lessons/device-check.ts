/** The questions of the device check, in order; each has a to-do item when the answer is not safe. */
export const deviceCheckQuestions = ['password', 'updates', 'support', 'remote', 'twoStep'] as const;
export type DeviceQuestion = (typeof deviceCheckQuestions)[number];
export type DeviceAnswer = 'yes' | 'no' | 'unsure';
export type DeviceAnswers = Partial<Record<DeviceQuestion, DeviceAnswer>>;

/** For "do you need remote access?", yes means there is something to secure; for the rest, no does. */
const safeAnswer: Record<DeviceQuestion, DeviceAnswer> = {
  password: 'yes',
  updates: 'yes',
  support: 'yes',
  remote: 'no',
  twoStep: 'yes',
};

/** The to-do items for a set of answers: every question not answered safely (unsure and unanswered included). */
export function deviceActions(answers: DeviceAnswers): DeviceQuestion[] {
  return deviceCheckQuestions.filter((question) => answers[question] !== safeAnswer[question]);
}

export function isDeviceCheck(value: unknown): value is { device: string; answers: DeviceAnswers } {
  const candidate = value as { device?: unknown; answers?: unknown } | null;
  return typeof candidate?.device === 'string' && typeof candidate.answers === 'object' && candidate.answers !== null;
}
