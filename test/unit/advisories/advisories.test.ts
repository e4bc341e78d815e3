import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { city } from '../../../src/site/city.ts';
import { lastChanged, sortAdvisories, urgentAdvisories } from '../../../src/lib/advisories/advisory-order.ts';
import { advisoryReferenceErrors, formatAdvisoryProblem } from '../../../src/lib/advisories/check-references.ts';
import { advisoryTranslationErrors } from '../../../src/lib/advisories/check-translations.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import { advisorySchema, type AdvisoryData } from '../../../src/schemas/advisory.ts';
import { demoAdvisories } from '../../support/advisories.ts';

const valid = {
  title: 'Fake text messages about parking fines',
  summary: 'Text messages ask you to pay a fine through a link. They are fraud.',
  published: '2026-11-24',
  reviewed: '2026-11-24',
  severity: 'high',
  status: 'open',
  affected: { everyone: true },
  steps: ['Do not tap the link.'],
};
const parsed = (changes: Record<string, unknown> = {}): AdvisoryData => advisorySchema.parse({ ...valid, ...changes });
const problems = (changes: Record<string, unknown>) =>
  advisorySchema.safeParse({ ...valid, ...changes }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ??
  [];

describe('advisory schema', () => {
  it('accepts a minimal advisory and fills the optional lists', () => {
    const data = parsed();
    expect(data.lessons).toEqual([]);
    expect(data.affected.devices).toEqual([]);
    expect(lastChanged(data)).toEqual(new Date('2026-11-24'));
  });

  it('asks who is affected, at least one step, and a known severity', () => {
    expect(problems({ affected: {} })).toContainEqual(expect.stringMatching(/^affected: Say who is affected/));
    expect(problems({ steps: [] })).toContainEqual(expect.stringMatching(/^steps: Give residents at least one/));
    expect(problems({ severity: 'critical' })).toContainEqual(expect.stringMatching(/^severity: /));
    expect(problems({ vulnerability: 'x' })).toContainEqual(expect.stringMatching(/Unrecognized key/i));
  });

  it('wants updates in order, and one that says how a resolved advisory was resolved', () => {
    expect(problems({ status: 'resolved' })).toContainEqual(
      'updates: A resolved advisory needs an update that says how it was resolved.',
    );
    expect(
      problems({
        updates: [
          { date: '2026-11-26', text: 'Second thing that happened.' },
          { date: '2026-11-25', text: 'First thing that happened.' },
        ],
      }),
    ).toContainEqual('updates.1.date: List updates oldest first, none before the publication date.');
  });
});

describe('advisory order', () => {
  const list = [
    parsed({ title: 'old open', published: '2026-01-01' }),
    parsed({
      title: 'new resolved',
      published: '2026-11-01',
      status: 'resolved',
      updates: [{ date: '2026-11-02', text: 'It was fixed.' }],
    }),
    parsed({ title: 'new open low', published: '2026-10-01', severity: 'low' }),
  ];
  it('puts open advisories first, newest first', () => {
    expect(sortAdvisories(list, (data) => data).map((data) => data.title)).toEqual([
      'new open low',
      'old open',
      'new resolved',
    ]);
  });
  it('puts only open, high-severity advisories on the home page', () => {
    expect(urgentAdvisories(list, (data) => data).map((data) => data.title)).toEqual(['old open']);
  });
});

describe('the demo advisories', () => {
  const entries = demoAdvisories();
  const { register } = readRegister('content');
  const lessons = readdirSync('content/lessons/en').map((file) => file.replace(/\.mdx$/, ''));
  const targets = {
    lessons,
    register: register.entries.map((entry) => entry.id),
    kinds: register.vocabularies.kinds.map((term) => term.id),
    districts: register.districts.map((district) => district.properties.id),
  };

  it('are at least six, in every language, with every severity and both statuses', () => {
    for (const { code } of city.locales)
      expect(entries.filter((entry) => entry.id.startsWith(`${code}/`)).length).toBeGreaterThanOrEqual(6);
    expect(new Set(entries.map((entry) => entry.data.severity))).toEqual(
      new Set(['information', 'low', 'medium', 'high']),
    );
    expect(new Set(entries.map((entry) => entry.data.status))).toEqual(new Set(['open', 'resolved']));
  });

  it('link only to lessons, devices, kinds and districts that exist', () => {
    expect(advisoryReferenceErrors(entries, targets)).toEqual([]);
    expect(entries.some((entry) => entry.data.lessons.length > 0 && entry.data.register.length > 0)).toBe(true);
  });

  it('give the same facts in every language', () => {
    expect(advisoryTranslationErrors(entries, city.defaultLocale)).toEqual([]);
  });

  it('name the file and field of a broken link or a translation that drifted', () => {
    const broken = [{ id: 'nl/x', data: parsed({ lessons: ['no-such-lesson'] }) }];
    expect(advisoryReferenceErrors(broken, targets).map(formatAdvisoryProblem)).toEqual([
      'content/advisories/nl/x.mdx lessons.0: "no-such-lesson" does not exist. Use an id from content/lessons/<language>/ (the file name without .mdx), or remove it.',
    ]);
    const drifted = [
      { id: 'en/x', data: parsed() },
      { id: 'nl/x', data: parsed({ severity: 'low', register: ['anpr-centrum-01'] }) },
      { id: 'ar/y', data: parsed() },
    ];
    expect(advisoryTranslationErrors(drifted, 'en').map(formatAdvisoryProblem)).toEqual([
      'content/advisories/nl/x.mdx severity: This is "low" but "high" in content/advisories/en/x.mdx. Make them the same.',
      'content/advisories/nl/x.mdx register: This is "anpr-centrum-01" but empty in content/advisories/en/x.mdx. Make them the same.',
      "content/advisories/ar/y.mdx: There is no original content/advisories/en/y.mdx: write that first, or rename this file to the original's slug.",
    ]);
  });
});
