import { clearStored, isStringList, readStored, writeStored, type KeyValueStore } from './device-storage.ts';

const DONE_KEY = 'lessons:done';

/** Slugs of the lessons the visitor marked as done on this device. */
export function doneLessons(from?: KeyValueStore): string[] {
  return readStored(DONE_KEY, [], isStringList, from);
}

/** Marks a lesson as done or not done; returns the new list. */
export function setLessonDone(slug: string, done: boolean, on?: KeyValueStore): string[] {
  const current = doneLessons(on).filter((item) => item !== slug);
  const next = done ? [...current, slug].sort() : current;
  writeStored(DONE_KEY, next, on);
  return next;
}

/** What the lessons keep: done marks, checklist ticks and the device check (not quiz scores or classes). */
const LESSON_KEY_PREFIXES = [DONE_KEY, 'checklist:', 'device-check'];

/** Forgets the visitor's lesson progress on this device. */
export function clearLessonProgress(on?: KeyValueStore): void {
  for (const prefix of LESSON_KEY_PREFIXES) clearStored(prefix, on);
}
