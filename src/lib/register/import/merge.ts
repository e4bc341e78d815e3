/** Canonical JSON (sorted keys) so that equal data compares equal whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Writes the draft's fields over the existing ones; nested objects merge, lists are replaced. */
export function deepMerge(base: Record<string, unknown>, draft: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(draft)) {
    result[key] = isObject(value) && isObject(base[key]) ? deepMerge(base[key], value) : value;
  }
  return result;
}

/** Top-level fields whose values differ, leaving out the bookkeeping fields. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter(
      (key) => !['history', 'created', 'updated'].includes(key) && canonical(before[key]) !== canonical(after[key]),
    )
    .sort();
}
