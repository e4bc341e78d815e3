import type { z } from 'zod';
import type { ContentError } from './content-error.ts';
import type { YamlFile } from './yaml-file.ts';

/** Turns schema issues into content errors with the line of each field. */
export function issuesToErrors(file: string, issues: readonly z.core.$ZodIssue[], yaml?: YamlFile): ContentError[] {
  return issues.map((issue) => ({
    file,
    line: yaml?.lineOf(issue.path),
    field: issue.path.map(String).join('.'),
    message: explain(issue),
  }));
}

/** What each kind of value looks like to someone editing YAML or a spreadsheet. */
const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'yes or no (true or false in YAML)',
  array: 'a list (in a CSV: ids separated by ";")',
  record: 'a text in each language, at least English (en)',
  object: 'the fields of this group',
};

/** zod's default messages speak to developers; say what to write instead. */
function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `Required: fill in ${EXPECTED[issue.expected] ?? issue.expected}.`
        : `Write ${EXPECTED[issue.expected] ?? issue.expected} here.`;
    case 'invalid_value':
      return `Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: check the spelling (see docs/content-guide.md).`;
    case 'invalid_union':
      return issue.path.at(-1) === 'location'
        ? 'Set type to point (a fixed device: give lat and lng) or area (a mobile device: list its districts).'
        : 'This does not match any allowed form; compare it with an existing entry in content/register/.';
    default:
      return issue.message;
  }
}
