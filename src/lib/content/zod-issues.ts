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

/** zod's default messages speak to developers; say what to write instead. */
function explain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `This field is required (${issue.expected}).` : `Expected ${issue.expected} here.`;
    case 'invalid_value':
      return `Use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}: check the spelling (see docs/content-guide.md).`;
    case 'invalid_union':
      return 'This field does not match any allowed form; compare it with an example in docs/content-guide.md.';
    default:
      return issue.message;
  }
}
