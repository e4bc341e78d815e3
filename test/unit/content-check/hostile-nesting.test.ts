import { describe, expect, it } from 'vitest';
import { NESTING_MESSAGE } from '../../../src/lib/content/nesting.ts';
import { parseYamlFile } from '../../../src/lib/content/yaml-file.ts';
import { parseMdx } from '../../../src/lib/content-check/mdx-document.ts';

/**
 * Nesting thousands deep overflowed the stack of the check (a RangeError with a stack trace) or of
 * the build (a segmentation fault). The check must say where instead, whatever the depth.
 */
describe('content nested thousands of levels deep', () => {
  it('is reported at its line in an MDX body, for block quotes and emphasis alike', () => {
    for (const body of ['>'.repeat(20000) + ' Deep', '*'.repeat(50000) + 'x' + '*'.repeat(50000)]) {
      const { document } = parseMdx(`---\ntitle: Deep\n---\n\nIntro.\n\n${body}\n`);
      expect(document?.tooDeep).toEqual({ line: 7 });
    }
  });

  it('is not reported for 19 nested block quotes', () => {
    expect(parseMdx(`${'>'.repeat(19)} Quoted\n`).document?.tooDeep).toBeUndefined();
  });

  it('is reported at its line for brackets in YAML, before anything loads the data', () => {
    const text = `title: Deep\nlist: ${'['.repeat(100000)}x${']'.repeat(100000)}\n`;
    expect(parseYamlFile(text, 'content/quizzes/en/deep.yaml')).toEqual({
      errors: [{ file: 'content/quizzes/en/deep.yaml', line: 2, field: '', message: NESTING_MESSAGE }],
    });
  });

  it('is reported with its field for indented YAML lists', () => {
    const text = Array.from({ length: 25 }, (_, level) => `${'  '.repeat(level)}- ${level === 24 ? 'x' : ''}`).join(
      '\n',
    );
    const { file, errors } = parseYamlFile(`title: Deep\nitems:\n${text}\n`, 'content/quizzes/en/deep.yaml');
    expect(file).toBeUndefined();
    expect(errors).toEqual([
      {
        file: 'content/quizzes/en/deep.yaml',
        line: 22,
        field: ['items', ...Array(19).fill(0)].join('.'),
        message: NESTING_MESSAGE,
      },
    ]);
  });
});
