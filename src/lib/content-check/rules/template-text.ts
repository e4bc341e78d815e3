import type { ContentIssue } from '../issue.ts';

/** How `npm run new` marks the texts an editor has to write; the check refuses them until they are. */
export const TEMPLATE_MARKER = 'Replace this';

const MESSAGE = `Text from the starting template is still here ("${TEMPLATE_MARKER} …"): write your own.`;

/** Template texts left in the body of an MDX file. */
export function checkTemplateText(
  file: string,
  texts: readonly { value: string; line: number | undefined }[],
): ContentIssue[] {
  return texts
    .filter((text) => text.value.includes(TEMPLATE_MARKER))
    .map((text) => ({ severity: 'error', file, line: text.line, field: '', message: MESSAGE }));
}

/** Template texts left in the fields of a YAML file or front matter, by field path. */
export function checkTemplateFields(
  file: string,
  data: unknown,
  lineOf: (path: (string | number)[]) => number | undefined,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string' && value.includes(TEMPLATE_MARKER)) {
      issues.push({ severity: 'error', file, line: lineOf(path), field: path.join('.'), message: MESSAGE });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
    }
  };
  visit(data, []);
  return issues;
}
