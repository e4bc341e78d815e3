import { describe, expect, it } from 'vitest';
import { NESTING_MESSAGE } from '../../../src/lib/content/nesting.ts';
import { ANCHOR_MESSAGE, refusedYamlFeatures, TAG_MESSAGE } from '../../../src/lib/content/yaml-features.ts';

const messages = (text: string) =>
  refusedYamlFeatures(text, 'f.yaml').map((error) => `${error.line}: ${error.message}`);

describe('YAML features content files may not use', () => {
  it('are found wherever YAML allows them: after a flow indicator, a quoted key, a tab or a byte order mark', () => {
    expect(messages('a: {"k":&x v}')).toEqual([`1: ${ANCHOR_MESSAGE('&x')}`]);
    expect(messages('a: [&x v]')).toEqual([`1: ${ANCHOR_MESSAGE('&x')}`]);
    expect(messages('a:\n\t- *x')).toEqual([`2: ${ANCHOR_MESSAGE('*x')}`]);
    expect(messages('\uFEFF!!binary aGk=')).toEqual([`1: ${TAG_MESSAGE('!!binary')}`]);
  });

  it('are not seen in plain text that only looks like them', () => {
    expect(messages('a: Tom & Jerry! 5 * 3 = 15\nb: "&x *y !z"\nc: a&b\n')).toEqual([]);
  });

  it('count brackets by nesting, not by number', () => {
    expect(messages(`a: [${Array(30).fill('[x]').join(', ')}]`)).toEqual([]);
    expect(messages(`a: ${'['.repeat(21)}x${']'.repeat(21)}`)).toEqual([`1: ${NESTING_MESSAGE}`]);
  });
});
