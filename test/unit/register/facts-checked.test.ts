import { describe, expect, it } from 'vitest';
import { factsOverdue, monthsBefore } from '../../../src/lib/register/facts-checked.ts';
import { checkDates } from '../../../src/lib/content-check/rules/dates.ts';
import type { SiteContent } from '../../../src/lib/content-check/read-content.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { contentTree, validEntry } from '../../support/content-tree.ts';

const checked = (date: string, status: 'active' | 'planned' | 'removed' = 'active') => ({
  status,
  factsChecked: { date, team: { en: 'Mobility team' } },
});

describe('facts checked', () => {
  it('counts months back from today, clamping to the last day of a shorter month', () => {
    expect(monthsBefore('2026-12-05', 12)).toBe('2025-12-05');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  });

  it('is overdue only for devices in use or planned whose facts are older than the period', () => {
    expect(factsOverdue(checked('2025-12-05'), '2026-12-05', 12)).toBe(false);
    expect(factsOverdue(checked('2025-12-04'), '2026-12-05', 12)).toBe(true);
    expect(factsOverdue(checked('2020-01-01', 'removed'), '2026-12-05', 12)).toBe(false);
    expect(factsOverdue(checked('2026-01-04', 'planned'), '2026-12-05', 6)).toBe(true);
  });

  it('makes the content check warn, naming the date, the period and what to do', () => {
    const dir = contentTree({
      'cyclist-counter-centrum-01.yaml': validEntry({
        factsChecked: { date: '2025-06-30', team: { en: 'Mobility team' } },
      }),
    });
    const { register, errors } = readRegister(dir, dir, '2026-12-05');
    expect(errors).toEqual([]);
    const content = {
      pages: [],
      register,
      source: { contentDir: dir },
      fileName: (_folder: string, name: string) => `register/${name}`,
    } as unknown as SiteContent;
    const issues = checkDates(content, '2026-12-05', 12).filter((issue) => issue.field === 'factsChecked.date');
    expect(issues.map((issue) => [issue.severity, issue.file, issue.line, issue.message])).toEqual([
      [
        'warning',
        'register/cyclist-counter-centrum-01.yaml',
        expect.any(Number),
        'The facts were last confirmed on 2025-06-30, more than 12 months ago (before 2025-12-05): check them with the owner, then write the new date and your team.',
      ],
    ]);
  });

  it('refuses an entry without the date its facts were confirmed', () => {
    const { factsChecked: _left, ...entry } = validEntry();
    const dir = contentTree({ 'cyclist-counter-centrum-01.yaml': entry });
    const { errors } = readRegister(dir, dir, '2026-12-05');
    expect(errors.map((error) => `${error.field}: ${error.message}`)).toEqual([
      expect.stringMatching(/^factsChecked: /),
    ]);
  });
});
