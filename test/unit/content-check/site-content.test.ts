import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content-check/check-content.ts';
import { parseMdx } from '../../../src/lib/content-check/mdx-document.ts';
import { formatReport } from '../../../src/lib/content-check/report.ts';
import { siteCheckOptions } from '../../../src/site/content-check.ts';
import { formatTranslationStatus, percentage } from '../../../src/tooling/content-check/translation-report.ts';
import { checkFixture } from '../../support/fixture-tree.ts';

describe("the site's own content", () => {
  it('passes the content check without errors or warnings', () => {
    // Reviews, confirmed facts and planned dates that fall due with the calendar are for the
    // editors (npm run check lists them); they must not fail unrelated work on the day they fall due.
    const dueWithTime = (issue: { severity: string; field: string; message: string }) =>
      issue.severity === 'warning' &&
      (issue.field === 'reviewed' ||
        issue.field === 'factsChecked.date' ||
        (issue.field === 'status' && issue.message.includes('has passed')));
    const { issues } = checkContent(siteCheckOptions());
    expect(formatReport(issues.filter((issue) => !dueWithTime(issue)))).toBe('Content check: no errors, no warnings.');
  });
});

describe('section ids', () => {
  it('are made as the site makes them: smart punctuation, components, repeated headings', () => {
    const { document } = parseMdx(
      [
        '## Step 1: change the admin password',
        '## What is a <KeyTerm id="botnet">botnet</KeyTerm>?',
        '## "Smart" devices -- and you',
        '## Step 1: change the admin password',
        '### Wat je hebt geleerd',
        '## ما الذي تعلّمته',
      ].join('\n\n'),
    );
    expect(document!.headings.map((heading) => heading.id)).toEqual([
      'step-1-change-the-admin-password',
      'what-is-a-botnet',
      'smart-devices--and-you',
      'step-1-change-the-admin-password-1',
      'wat-je-hebt-geleerd',
      'ما-الذي-تعلّمته',
    ]);
  });
});

describe('the report', () => {
  it('lists errors before warnings, grouped by file, in line order, with what to do next', () => {
    const report = formatReport([
      { severity: 'warning', file: 'b.yaml', field: 'x', message: 'Later.' },
      { severity: 'error', file: 'b.yaml', line: 9, field: 'y', message: 'Second.' },
      { severity: 'error', file: 'b.yaml', line: 2, field: '', message: 'First.' },
      { severity: 'error', file: 'a.mdx', field: '', message: 'Whole file.' },
    ]);
    expect(report).toBe(
      [
        'Content check: 3 errors, 1 warning.',
        '',
        'ERRORS: the site cannot be built until these are fixed',
        '',
        'a.mdx',
        '  Whole file.',
        '',
        'b.yaml',
        '  line 2: First.',
        '  line 9, field y: Second.',
        '',
        'WARNINGS: the site can be built, but readers will notice',
        '',
        'b.yaml',
        '  field x: Later.',
        '',
        'Fix the errors, then run "npm run check" again. docs/content-guide.md explains every message.',
      ].join('\n'),
    );
  });
});

describe('translation status', () => {
  it('rounds down, so that only complete is 100%', () => {
    expect(percentage(199, 200)).toBe('99%');
    expect(percentage(200, 200)).toBe('100%');
    expect(percentage(0, 0)).toBe('-');
  });

  it('counts per language what exists of the default language, and lists what is missing', () => {
    const { translations, dir } = checkFixture('missing-translation');
    expect(translations['nl']!.lessons).toEqual({ total: 2, translated: 1, missing: ['home-network'] });
    expect(translations['nl']!.registerEntries).toMatchObject({
      translated: translations['nl']!.registerEntries.total,
    });
    const status = formatTranslationStatus(translations, 'en');
    expect(status).toContain('Lessons                 50%');
    expect(status).toContain('Missing in Dutch (nl):\n  Lessons: home-network');
    expect(dir).toBeTruthy();
  });
});

describe('the content guide', () => {
  it('shows example messages exactly as the check gives them', () => {
    const guide = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'content-guide.md'), 'utf8');
    const example = /```text\n([\s\S]*?)```/.exec(guide)![1]!;
    const reports = ['component-attributes', 'personal-data-without-legal-basis', 'missing-translation']
      .map((name) => formatReport(checkFixture(name).issues))
      .join('\n');
    const messages = example.split('\n').filter((line) => line.startsWith('  '));
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.filter((line) => !reports.includes(line))).toEqual([]);
  });
});
