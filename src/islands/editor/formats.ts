import { parseFrontMatterFile, writeFrontMatterFile } from '../../lib/editor/front-matter.ts';
import { parseYaml, writeYaml } from '../../lib/editor/preserving-yaml.ts';

/**
 * The file formats of the editor: each entry keeps the text it was read from (under a key no
 * field uses, which Decap carries along with the entry's data), so that saving writes the original
 * text when nothing changed and otherwise changes only what did.
 */
const ORIGINAL = '__originalText';

/**
 * The entry's fields, in the form's order (Decap hands the order as `sortedKeys`; the data comes in
 * the order fields were filled), and the text it was read from, if any.
 */
function split(
  data: object,
  sortedKeys: readonly string[] = [],
): { fields: Record<string, unknown>; original?: string } {
  const { [ORIGINAL]: original, ...rest } = data as Record<string, unknown>;
  const keys = [
    ...sortedKeys.filter((key) => key in rest),
    ...Object.keys(rest).filter((key) => !sortedKeys.includes(key)),
  ];
  const fields = Object.fromEntries(keys.map((key) => [key, rest[key]]));
  return { fields, ...(typeof original === 'string' ? { original } : {}) };
}

export const mdxFormat = {
  fromFile(text: string): object {
    const { data, body } = parseFrontMatterFile(text);
    return { ...data, body, [ORIGINAL]: text };
  },
  toFile(data: object, sortedKeys?: string[]): string {
    const { fields, original } = split(data, sortedKeys);
    return writeFrontMatterFile(fields, original);
  },
};

export const yamlFormat = {
  fromFile(text: string): object {
    return { ...parseYaml(text), [ORIGINAL]: text };
  },
  toFile(data: object, sortedKeys?: string[]): string {
    const { fields, original } = split(data, sortedKeys);
    return writeYaml(fields, original);
  },
};
