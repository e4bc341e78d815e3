import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page.ts';

/** Site pages, `content/pages/<lang>/<slug>.mdx`; the entry id is `<lang>/<slug>`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${process.env['CONTENT_DIR'] ?? './content'}/pages` }),
  schema: pageSchema,
});

export const collections = { pages };
