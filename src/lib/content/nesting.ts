/**
 * How deep lists and groups may nest in content. The deepest real content is about 8 levels (a
 * district's polygon coordinates, a component in a list in a block quote); thousands of levels
 * overflow the stack of the parsers and of the build, which then crashes without saying where.
 */
export const MAX_NESTING = 20;

export const NESTING_MESSAGE = `Lists and groups are nested more than ${MAX_NESTING} levels deep here: content never needs that. Write it flatter.`;

/**
 * The path to the first list or group nested deeper than MAX_NESTING levels in parsed YAML or
 * JSON, or undefined. Walks without recursion, so that no depth can overflow the stack.
 */
export function tooDeeplyNested(value: unknown): (string | number)[] | undefined {
  const stack: { node: object; path: (string | number)[] }[] = [];
  if (value && typeof value === 'object') stack.push({ node: value, path: [] });
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (path.length >= MAX_NESTING) return path;
    const items: [string | number, unknown][] = Array.isArray(node)
      ? node.map((item, index) => [index, item])
      : Object.entries(node);
    for (const [key, item] of items) {
      if (item && typeof item === 'object') stack.push({ node: item, path: [...path, key] });
    }
  }
  return undefined;
}
