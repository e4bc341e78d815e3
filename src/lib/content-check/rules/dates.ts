import type { PageData } from '../../../schemas/page.ts';
import type { ContentIssue } from '../issue.ts';
import type { MdxEntry, SiteContent } from '../read-content.ts';
import { registerFileLines } from '../register-lines.ts';
import { factsOverdue, monthsBefore } from '../../register/facts-checked.ts';

/**
 * Dates that contradict each other or the calendar. Dates in the future and activeUntil before
 * activeFrom are errors (in the schemas and the register check); a status that the dates
 * contradict is a warning: the register may just not have caught up yet. So are facts of a device
 * in use that nobody confirmed with its owner for longer than city.config.ts allows.
 */
export function checkDates(content: SiteContent, today: string, factsCheckedMaxAgeMonths: number): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const page of content.pages as MdxEntry<PageData>[]) {
    const updated = page.data?.updated.toISOString().slice(0, 10);
    if (updated && updated > today) {
      issues.push({
        severity: 'error',
        file: page.file,
        line: page.yaml?.lineOf(['updated']),
        field: 'updated',
        message: `${updated} is in the future: write the date of the last change that matters to readers (today is ${today}).`,
      });
    }
  }
  for (const entry of content.register.entries) {
    const warnings: [string, string][] = [];
    if ((entry.status === 'active' || entry.status === 'planned') && entry.activeUntil && entry.activeUntil < today) {
      warnings.push([
        'status',
        `activeUntil (${entry.activeUntil}) has passed: set status to inactive (switched off, still there) or removed (gone), or correct activeUntil.`,
      ]);
    }
    if ((entry.status === 'inactive' || entry.status === 'removed') && !entry.activeUntil) {
      warnings.push(['activeUntil', `The device is ${entry.status}: add activeUntil, its last day in use.`]);
    }
    if (entry.status === 'planned' && entry.activeFrom < today) {
      warnings.push([
        'status',
        `activeFrom (${entry.activeFrom}) has passed: set status to active if the device is in use, or move activeFrom to the planned day.`,
      ]);
    }
    if (factsOverdue(entry, today, factsCheckedMaxAgeMonths)) {
      warnings.push([
        'factsChecked.date',
        `The facts were last confirmed on ${entry.factsChecked.date}, more than ${factsCheckedMaxAgeMonths} months ago (before ${monthsBefore(today, factsCheckedMaxAgeMonths)}): check them with the owner, then write the new date and your team.`,
      ]);
    }
    if (warnings.length === 0) continue;
    const { file, lineOf } = registerFileLines(content, entry.id);
    for (const [field, message] of warnings) {
      issues.push({ severity: 'warning', file, line: lineOf(field.split('.')), field, message });
    }
  }
  return issues;
}
