import type { AdvisoryEntry } from './advisory-order.ts';

/** What advisories may point at. */
export interface AdvisoryTargets {
  lessons: readonly string[];
  register: readonly string[];
  kinds: readonly string[];
  districts: readonly string[];
}

/**
 * Every link of an advisory that leads nowhere: a lesson, register entry, device kind or district
 * that does not exist. Each message names the file, the field and what to do.
 */
export function advisoryReferenceErrors(entries: readonly AdvisoryEntry[], targets: AdvisoryTargets): string[] {
  const errors: string[] = [];
  for (const { id, data } of entries) {
    const file = `content/advisories/${id}.mdx`;
    const check = (field: string, values: readonly string[], known: readonly string[], where: string) => {
      for (const value of values)
        if (!known.includes(value))
          errors.push(`${file}: ${field} "${value}" does not exist. Use an id from ${where}, or remove it.`);
    };
    check('lessons', data.lessons, targets.lessons, 'content/lessons/<language>/ (the file name without .mdx)');
    check('register', data.register, targets.register, 'content/register/ (the file name without .yaml)');
    check('affected.kinds', data.affected.kinds, targets.kinds, 'content/taxonomy/kinds.yaml');
    check('affected.districts', data.affected.districts, targets.districts, 'content/districts.geojson');
  }
  return errors;
}
