import type { CheckResult } from '../content-check/check-content.ts';
import { formatReport } from '../content-check/report.ts';

/** What the editor shows after a save: whether the check passed, and the report of `npm run check`. */
export interface CheckSummary {
  errors: number;
  warnings: number;
  report: string;
}

export function checkSummary(result: CheckResult): CheckSummary {
  return {
    errors: result.issues.filter((issue) => issue.severity === 'error').length,
    warnings: result.issues.filter((issue) => issue.severity === 'warning').length,
    report: formatReport(result.issues),
  };
}
