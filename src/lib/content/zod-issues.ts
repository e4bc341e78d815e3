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

/** zod's default messages speak to developers; say what to write instead. A schema's own message is kept. */
function explain(issue: z.core.$ZodIssue): string {
  const own = !/^(Invalid|Too (big|small))/.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (own) return issue.message;
      return issue.message.endsWith('received undefined')
        ? `Required: fill in ${EXPECTED[issue.expected] ?? issue.expected}.`
        : `Write ${EXPECTED[issue.expected] ?? issue.expected} here.`;
    case 'invalid_value':
      return `Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: check the spelling (see docs/fields.md).`;
    case 'too_big':
    case 'too_small':
      return own ? issue.message : sizeAdvice(issue);
    case 'invalid_format':
      if (own) return issue.message;
      return (
        FORMATS[issue.format] ??
        'This is not written in the expected form: compare it with docs/fields.md or a file that works.'
      );
    case 'invalid_union':
      if (own) return issue.message;
      if (issue.path.at(-1) === 'location' || issue.path.at(-2) === 'location')
        return 'Set type to point (a fixed device: give lat and lng) or area (a mobile device: list its districts).';
      if ('options' in issue && Array.isArray(issue.options))
        return `Use one of: ${issue.options.map((option) => JSON.stringify(option)).join(', ')}.`;
      return 'This does not match any allowed form: compare it with docs/fields.md or a file that works.';
    default:
      return issue.message;
  }
}

const FORMATS: Record<string, string> = {
  url: 'Write a full web address starting with https://.',
  date: 'Write the date as YYYY-MM-DD, e.g. 2026-03-01.',
  email: 'Write a full e-mail address such as name@example.org.',
};

function sizeAdvice(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  switch (issue.origin) {
    case 'number':
    case 'int':
      return big ? `Use a number no higher than ${limit}.` : `Use a number no lower than ${limit}.`;
    case 'string':
      return big ? `Shorten this to ${limit} characters or fewer.` : `Write at least ${limit} characters.`;
    case 'array':
      return big ? `List at most ${limit} items.` : `List at least ${limit} item${limit === 1 ? '' : 's'}.`;
    default:
      return issue.message;
  }
}
