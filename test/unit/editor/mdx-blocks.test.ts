import { describe, expect, it } from 'vitest';
import { blockTemplate, findBlocks, setAttribute, type BlockComponent } from '../../../src/lib/editor/mdx-blocks.ts';

const components: BlockComponent[] = [
  {
    name: 'Callout',
    children: true,
    attributes: [
      { name: 'type', options: ['note', 'tip', 'warning'], initial: '"note"' },
      { name: 'title', initial: '""' },
    ],
  },
  {
    name: 'Checklist',
    children: false,
    attributes: [
      { name: 'id', initial: '""' },
      { name: 'items', initial: '{[]}' },
    ],
  },
];

const body = `Intro with <KeyTerm id="router">router</KeyTerm>.

<Callout type="warning" title="Do not press reset">
Text.
</Callout>

<Checklist id="steps" items={["Change the password", "Say \\"yes\\" to {updates}"]} />
`;

describe('component blocks in an MDX body', () => {
  it('finds the known components with their attributes, lines and positions', () => {
    const blocks = findBlocks(body, components);
    expect(blocks.map((block) => [block.name, block.line])).toEqual([
      ['Callout', 3],
      ['Checklist', 7],
    ]);
    expect(blocks[0]!.attributes.map(({ name, value, kind }) => [name, value, kind])).toEqual([
      ['type', 'warning', 'text'],
      ['title', 'Do not press reset', 'text'],
    ]);
    expect(blocks[1]!.attributes[1]).toMatchObject({
      name: 'items',
      kind: 'expression',
      value: '["Change the password", "Say \\"yes\\" to {updates}"]',
    });
  });

  it('changes one attribute and nothing else', () => {
    const title = findBlocks(body, components)[0]!.attributes[1]!;
    expect(setAttribute(body, title, 'Never press reset')).toBe(
      body.replace('title="Do not press reset"', 'title="Never press reset"'),
    );
  });

  it('keeps a typed double quote from ending the attribute', () => {
    const title = findBlocks(body, components)[0]!.attributes[1]!;
    expect(setAttribute(body, title, 'The "reset" button')).toContain('title="The “reset” button"');
  });

  it('starts a new block with its attributes and, where it takes text, text to replace', () => {
    expect(blockTemplate(components[0]!)).toBe('<Callout type="note" title="">\nText\n</Callout>\n');
    expect(blockTemplate(components[1]!)).toBe('<Checklist id="" items={[]} />\n');
  });
});
