import { parseFrontMatterFile, writeFrontMatterFile } from '../../lib/editor/front-matter.ts';
import { parseYaml, writeYaml } from '../../lib/editor/preserving-yaml.ts';

/**
 * The file formats of the editor: each entry keeps the text it was read from (under a key no
 * field uses, which Decap carries along with the entry's data), so that saving writes the original
 * text when nothing changed and otherwise changes only what did.
 */
const ORIGINAL = '__originalText';

function split(data: object): { fields: Record<string, unknown>; original?: string } {
  const { [ORIGINAL]: original, ...fields } = data as Record<string, unknown>;
  return { fields, ...(typeof original === 'string' ? { original } : {}) };
}

export const mdxFormat = {
  fromFile(text: string): object {
    const { data, body } = parseFrontMatterFile(text);
    return { ...data, body, [ORIGINAL]: text };
  },
  toFile(data: object): string {
    const { fields, original } = split(data);
    return writeFrontMatterFile(fields, original);
  },
};

export const yamlFormat = {
  fromFile(text: string): object {
    return { ...parseYaml(text), [ORIGINAL]: text };
  },
  toFile(data: object): string {
    const { fields, original } = split(data);
    return writeYaml(fields, original);
  },
};
