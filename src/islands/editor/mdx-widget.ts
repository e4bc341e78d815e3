import { blockTemplate, findBlocks, setAttribute, type BlockComponent } from '../../lib/editor/mdx-blocks.ts';
import { decapWindow, type WidgetProps } from './decap-globals.ts';

/**
 * The body of an MDX file in the editor: the text exactly as written (Decap's rich-text widget
 * re-writes Markdown and does not know MDX, docs/editing.md), with every component block listed
 * under it and its attributes as fields. Changing a field rewrites only that attribute's value.
 */
export function mdxWidget() {
  const { h, createClass } = decapWindow;
  return createClass({
    getInitialState() {
      return { insert: '' };
    },
    insertBlock(this: { props: WidgetProps; state: { insert: string }; textarea?: HTMLTextAreaElement | undefined }) {
      const components = (this.props.field.get('components') as { toJS(): BlockComponent[] }).toJS();
      const component = components.find((item) => item.name === this.state.insert);
      if (!component) return;
      const body = this.props.value ?? '';
      const at = this.textarea?.selectionStart ?? body.length;
      const lineStart = body.lastIndexOf('\n', at - 1) + 1;
      const prefix = at === lineStart ? '' : '\n\n';
      this.props.onChange(body.slice(0, at) + prefix + blockTemplate(component) + body.slice(at));
    },
    render(this: {
      props: WidgetProps;
      state: { insert: string };
      setState(state: object): void;
      insertBlock(): void;
      textarea?: HTMLTextAreaElement | undefined;
    }) {
      const { value = '', onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, field } = this.props;
      const components = (field.get('components') as { toJS(): BlockComponent[] } | undefined)?.toJS() ?? [];
      const blocks = findBlocks(value, components);
      const attributeField = (blockIndex: number, attributeIndex: number) => {
        const attribute = blocks[blockIndex]!.attributes[attributeIndex]!;
        const component = components.find((item) => item.name === blocks[blockIndex]!.name);
        const options = component?.attributes.find((item) => item.name === attribute.name)?.options;
        const id = `${forID}-block-${blockIndex}-${attribute.name}`;
        const change = (event: Event) =>
          onChange(setAttribute(value, attribute, (event.target as HTMLInputElement).value));
        const control =
          options && attribute.kind === 'text'
            ? h(
                'select',
                { id, value: attribute.value, onChange: change },
                ...options.map((option) => h('option', { key: option, value: option }, option)),
              )
            : h(attribute.kind === 'expression' ? 'textarea' : 'input', {
                id,
                value: attribute.value,
                onChange: change,
                dir: 'auto',
                ...(attribute.kind === 'expression' ? { rows: 3 } : { type: 'text' }),
              });
        return h(
          'div',
          { key: attribute.name, className: 'mdx-block-attribute' },
          h('label', { htmlFor: id }, attribute.name),
          control,
        );
      };
      return h(
        'div',
        { className: 'mdx-body' },
        h('textarea', {
          id: forID,
          className: classNameWrapper,
          value,
          dir: 'auto',
          rows: 24,
          spellCheck: true,
          ref: (element: HTMLTextAreaElement | null) => {
            this.textarea = element ?? undefined;
          },
          onFocus: setActiveStyle,
          onBlur: setInactiveStyle,
          onChange: (event: Event) => onChange((event.target as HTMLTextAreaElement).value),
        }),
        components.length > 0 &&
          h(
            'div',
            { className: 'mdx-insert' },
            h('label', { htmlFor: `${forID}-insert` }, 'Insert a block'),
            h(
              'select',
              {
                id: `${forID}-insert`,
                value: this.state.insert,
                onChange: (event: Event) => this.setState({ insert: (event.target as HTMLSelectElement).value }),
              },
              h('option', { value: '' }, 'Choose a block'),
              ...components.map((component) =>
                h('option', { key: component.name, value: component.name }, component.name),
              ),
            ),
            h('button', { type: 'button', onClick: () => this.insertBlock() }, 'Insert'),
          ),
        blocks.length > 0 &&
          h(
            'div',
            { className: 'mdx-blocks', role: 'group', 'aria-label': 'Blocks in this text' },
            h('p', null, `Blocks in this text (${blocks.length})`),
            ...blocks.map((block, blockIndex) =>
              h(
                'fieldset',
                { key: `${block.start}`, className: 'mdx-block' },
                h('legend', null, `${block.name}, line ${block.line}`),
                ...block.attributes.map((_, attributeIndex) => attributeField(blockIndex, attributeIndex)),
              ),
            ),
          ),
      );
    },
  });
}
