import type { AdvisoryEntry } from './advisory-order.ts';

/** What advisories may point at. */
export interface AdvisoryTargets {
  lessons: readonly string[];
  register: readonly string[];
  kinds: readonly string[];
  districts: readonly string[];
}

/** A problem in one advisory (id `<lang>/<slug>`), at a field path of its front matter. */
export interface AdvisoryProblem {
  id: string;
  path: (string | number)[];
  message: string;
}

/** How the build and the content check name an advisory's file. */
export const advisoryFile = (id: string) => `content/advisories/${id}.mdx`;

/**
 * Every link of an advisory that leads nowhere: a lesson, register entry, device kind or district
 * that does not exist. Each problem names the field and what to do.
 */
export function advisoryReferenceErrors(
  entries: readonly AdvisoryEntry[],
  targets: AdvisoryTargets,
): AdvisoryProblem[] {
  const problems: AdvisoryProblem[] = [];
  for (const { id, data } of entries) {
    const check = (path: string[], values: readonly string[], known: readonly string[], where: string) =>
      values.forEach((value, index) => {
        if (!known.includes(value))
          problems.push({
            id,
            path: [...path, index],
            message: `"${value}" does not exist. Use an id from ${where}, or remove it.`,
          });
      });
    check(['lessons'], data.lessons, targets.lessons, 'content/lessons/<language>/ (the file name without .mdx)');
    check(['register'], data.register, targets.register, 'content/register/ (the file name without .yaml)');
    check(['affected', 'kinds'], data.affected.kinds, targets.kinds, 'content/taxonomy/kinds.yaml');
    check(['affected', 'districts'], data.affected.districts, targets.districts, 'content/districts.geojson');
  }
  return problems;
}

/** `content/advisories/en/x.mdx lessons.0: …`, for the build's error. */
export function formatAdvisoryProblem(problem: AdvisoryProblem): string {
  const field = problem.path.join('.');
  return `${advisoryFile(problem.id)}${field ? ` ${field}` : ''}: ${problem.message}`;
}
