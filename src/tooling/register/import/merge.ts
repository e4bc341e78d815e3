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
