import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../../src/lib/content/content-error.ts';

describe("a content error on Astro's dev error page", () => {
  it('is the whole list, with the lines around the first error that has a line, and no stack trace', () => {
    const thrown = new ContentErrors([
      { file: 'content/districts.geojson', field: '', message: 'This file is missing.' },
      { file: 'content/register/cam-01.yaml', line: 4, field: 'colour', message: '"colour" is not a field here.' },
    ]);
    const list = [
      '2 content errors:',
      '  content/districts.geojson: This file is missing.',
      '  content/register/cam-01.yaml:4 colour: "colour" is not a field here.',
    ].join('\n');
    expect(thrown.message).toBe(list);
    // Astro shows the `message` and `loc` of each of `errors` in place of the error's own stack.
    expect(thrown.errors).toEqual([
      { message: list, loc: { file: 'content/register/cam-01.yaml', line: 4, column: 1 } },
    ]);
  });
});
