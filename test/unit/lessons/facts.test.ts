import { describe, expect, it } from 'vitest';
import { factText, placeholdersIn, resolveFacts } from '../../../src/lib/facts.ts';
import type { Fact } from '../../../src/schemas/facts.ts';

const source = { title: 'Source', url: 'https://example.org/', read: new Date('2026-12-05') };
const facts: Fact[] = [
  { id: 'etsi-version', about: 'Version', text: 'V3.1.3 (2024-09)', source },
  { id: 'red-date', about: 'Start', date: new Date('2025-08-01'), source },
  { id: 'standards', about: 'Standards', text: { en: 'A and B', nl: 'A en B' }, source },
];

describe('facts that change, written once', () => {
  it('shows a date in the reader’s language and a text per language, falling back to the default', () => {
    expect(factText(facts[1]!, 'en', 'en')).toBe('August 1, 2025');
    expect(factText(facts[1]!, 'nl', 'en')).toBe('1 augustus 2025');
    expect(factText(facts[2]!, 'nl', 'en')).toBe('A en B');
    expect(factText(facts[2]!, 'ar', 'en')).toBe('A and B');
  });

  it('fills in {{fact:id}} in every text of a quiz, leaving other values alone', () => {
    const quiz = {
      title: 'Since {{fact:red-date}}',
      order: 3,
      reviewed: new Date('2026-12-05'),
      questions: [{ options: [{ label: 'ETSI EN 303 645 {{ fact:etsi-version }}', correct: true }] }],
    };
    expect(resolveFacts(quiz, facts, 'nl', 'en')).toEqual({
      title: 'Since 1 augustus 2025',
      order: 3,
      reviewed: new Date('2026-12-05'),
      questions: [{ options: [{ label: 'ETSI EN 303 645 V3.1.3 (2024-09)', correct: true }] }],
    });
  });

  it('stops the build on an unknown fact rather than showing braces to readers', () => {
    expect(() => resolveFacts({ text: 'See {{fact:nope}}' }, facts, 'en', 'en')).toThrow(
      '{{fact:nope}}: there is no such fact in content/facts.yaml. Run npm run check.',
    );
  });

  it('finds well-formed and malformed placeholders', () => {
    expect(placeholdersIn('{{fact:a-b}} and {{ fakt:c }}')).toEqual([
      { written: '{{fact:a-b}}', id: 'a-b' },
      { written: '{{ fakt:c }}' },
    ]);
  });
});
