import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { advisorySchema } from '../../src/schemas/advisory.ts';
import type { AdvisoryEntry } from '../../src/lib/advisories/advisory-order.ts';

const root = join(import.meta.dirname, '..', '..', 'content', 'advisories');

/** The front matter of an MDX file, parsed as YAML. */
export function frontMatter(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error('No front matter');
  return parse(match[1]!);
}

/** Every advisory of the demo content, checked with the collection's schema, as the site loads them. */
export function demoAdvisories(): AdvisoryEntry[] {
  return readdirSync(root).flatMap((locale) =>
    readdirSync(join(root, locale)).map((file) => ({
      id: `${locale}/${file.replace(/\.mdx$/, '')}`,
      data: advisorySchema.parse(frontMatter(readFileSync(join(root, locale, file), 'utf8'))),
    })),
  );
}
