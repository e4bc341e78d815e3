/**
 * What the site keeps in the visitor's own browser (localStorage), under one prefix so that it
 * can be listed and cleared. Nothing here is ever sent anywhere. Storage can be unavailable
 * (private windows, blocked storage): reading then gives the fallback and writing does nothing.
 */
export const STORAGE_PREFIX = 'lindenhaven:';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

function store(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads a JSON value, or the fallback when it is missing, unreadable or of the wrong shape. */
export function readStored<T>(key: string, fallback: T, isValid: (value: unknown) => value is T, from = store()): T {
  try {
    const raw = from?.getItem(STORAGE_PREFIX + key);
    if (raw === null || raw === undefined) return fallback;
    const value: unknown = JSON.parse(raw);
    return isValid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function writeStored(key: string, value: unknown, to = store()): void {
  try {
    to?.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
  } catch {
    // Full or blocked storage: the page keeps working, the value is just not remembered.
  }
}

/** Everything this site stored, as (key without prefix, parsed value) pairs sorted by key; unreadable values as text. */
export function listStored(from = store()): { key: string; value: unknown }[] {
  if (!from) return [];
  const items: { key: string; value: unknown }[] = [];
  for (let index = 0; index < from.length; index++) {
    const key = from.key(index);
    if (!key?.startsWith(STORAGE_PREFIX)) continue;
    const raw = from.getItem(key) ?? '';
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
    items.push({ key: key.slice(STORAGE_PREFIX.length), value });
  }
  return items.sort((a, b) => a.key.localeCompare(b.key));
}

/** Removes one item (exactly this key). */
export function removeStored(key: string, from = store()): void {
  try {
    from?.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Blocked storage: nothing was stored either.
  }
}

/** Removes every key of this site that starts with `prefix` (all of them for ''). */
export function clearStored(prefix = '', from = store()): void {
  if (!from) return;
  const keys: string[] = [];
  for (let index = 0; index < from.length; index++) {
    const key = from.key(index);
    if (key?.startsWith(STORAGE_PREFIX + prefix)) keys.push(key);
  }
  for (const key of keys) from.removeItem(key);
}

export const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
export const isNumberList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item));
