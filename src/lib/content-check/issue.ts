import type { ContentError } from '../content/content-error.ts';

/** Errors stop the build; warnings are shown but the site is still built. */
export type Severity = 'error' | 'warning';

/** One finding of the content check. */
export interface ContentIssue extends ContentError {
  severity: Severity;
}

export function asErrors(errors: readonly ContentError[]): ContentIssue[] {
  return errors.map((error) => ({ ...error, severity: 'error' }));
}

/** An issue in a file, at a line, about a field (empty for the whole file). */
export function issue(
  severity: Severity,
  file: string,
  line: number | undefined,
  field: string,
  message: string,
): ContentIssue {
  return { severity, file, line, field, message };
}
