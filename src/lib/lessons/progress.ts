import { isStringList, readStored, writeStored, type KeyValueStore } from './device-storage.ts';

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
