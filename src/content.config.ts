import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { $ZodType } from 'zod/v4/core';
import { collectionKindIds, globsInEntry, kinds, type CollectionKind } from './content-kinds/index.ts';
import { siteContentDir } from './site/content-dir.ts';

/** Content root; CONTENT_DIR points the build at another tree (benchmarks, fixtures). */
const root = siteContentDir();

/**
 * A kind that the content layer loads (src/content-kinds/): its files, e.g.
 * `content/lessons/<lang>/<slug>.mdx`, become entries with id `<lang>/<slug>`.
 */
function collection<K extends CollectionKind>(id: K) {
  const kind = kinds[id];
  return defineCollection({
    loader: glob({ pattern: globsInEntry(kind), base: `${root}/${kind.files.entry}` }),
    // The kind's own schema type, which TypeScript cannot pick from `kinds` by a generic key itself.
    schema: kind.schema as SchemaOf<K>,
  });
}

type SchemaOf<K extends CollectionKind> = Extract<(typeof kinds)[K]['schema'], $ZodType>;

/** One collection per such kind, named by the kind's id. */
export const collections = Object.fromEntries(collectionKindIds.map((id) => [id, collection(id)])) as {
  [K in CollectionKind]: ReturnType<typeof collection<K>>;
};
