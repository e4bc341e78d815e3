import type { ContentIssue, Severity } from './issue.ts';

const HEADINGS: Record<Severity, string> = {
  error: 'ERRORS: the site cannot be built until these are fixed',
  warning: 'WARNINGS: the site can be built, but readers will notice',
};

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The report an editor reads: errors first, then warnings, each grouped by file (files in
 * alphabetical order, problems in line order), one line per problem with its line and field.
 */
export function formatReport(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((found) => found.severity === 'error');
  const warnings = issues.filter((found) => found.severity === 'warning');
  if (issues.length === 0) return 'Content check: no errors, no warnings.';
  const lines = [`Content check: ${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}.`];
  for (const [severity, group] of [
    ['error', errors],
    ['warning', warnings],
  ] as const) {
    if (group.length === 0) continue;
    lines.push('', HEADINGS[severity]);
    for (const [file, inFile] of groupByFile(group)) {
      lines.push('', file);
      for (const found of inFile) lines.push(`  ${where(found)}${found.message}`);
    }
  }
  lines.push(
    '',
    errors.length > 0
      ? 'Fix the errors, then run "npm run check" again. docs/content-guide.md explains every message.'
      : 'docs/content-guide.md explains every message.',
  );
  return lines.join('\n');
}

/** `line 12, field legalBasis: ` ; either part is left out when unknown. */
function where(found: ContentIssue): string {
  const parts = [found.line ? `line ${found.line}` : '', found.field ? `field ${found.field}` : ''].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

function groupByFile(issues: readonly ContentIssue[]): Map<string, ContentIssue[]> {
  const groups = new Map<string, ContentIssue[]>();
  for (const found of issues) {
    const group = groups.get(found.file) ?? [];
    group.push(found);
    groups.set(found.file, group);
  }
  for (const group of groups.values()) group.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}
