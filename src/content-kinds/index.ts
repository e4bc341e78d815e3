import type { z } from 'zod';
import { advisories } from './advisories.ts';
import { districts } from './districts.ts';
import { facts } from './facts.ts';
import { glossary } from './glossary.ts';
import type { ContentKind } from './kind.ts';
import { legalBases } from './legal-bases.ts';
import { lessons } from './lessons.ts';
import { organisations } from './organisations.ts';
import { pages } from './pages.ts';
import { quizzes } from './quizzes.ts';
import { register } from './register.ts';
import { teacherGuides } from './teacher-guides.ts';
import { vocabularies } from './vocabularies.ts';

export type { ContentKind, KindFiles, MdxFacet, SearchInput } from './kind.ts';

/**
 * Every kind of content under content/, in the order the field reference lists them. To add a
 * kind: write its schema in src/schemas/, add a descriptor here; test/unit/content-kinds says
 * what is still missing (docs/architecture.md, "Content kinds").
 */
export const kinds = {
  register,
  quizzes,
  glossary,
  vocabularies,
  legalBases,
  organisations,
  districts,
  facts,
  pages,
  lessons,
  teacherGuides,
  advisories,
} as const satisfies Record<string, ContentKind>;

export type KindId = keyof typeof kinds;
export const contentKinds: readonly ContentKind[] = Object.values(kinds);

/** The kinds written as MDX: every MDX rule and the kind's component set apply to their bodies. */
export type MdxKind = { [K in KindId]: (typeof kinds)[K]['files']['format'] extends 'mdx' ? K : never }[KindId];
export const mdxKindIds = (Object.keys(kinds) as KindId[]).filter(
  (id): id is MdxKind => kinds[id].files.format === 'mdx',
);

/** The kinds Astro's content layer loads (src/content.config.ts). */
export type CollectionKind = {
  [K in KindId]: (typeof kinds)[K]['loader'] extends { collection: true } ? K : never;
}[KindId];
export const collectionKindIds = (Object.keys(kinds) as KindId[]).filter(
  (id): id is CollectionKind => 'collection' in kinds[id].loader,
);

/** What a kind's files hold once valid. */
export type KindData<K extends KindId> = z.output<(typeof kinds)[K]['schema']>;

/** Everything directly under content/: a folder or file no kind claims is reported by the content check. */
export const contentEntries: readonly string[] = [...new Set(contentKinds.map((kind) => kind.files.entry))];

/** The kind's files relative to its entry folder, as a glob loader rooted there reads them. */
export function globsInEntry(kind: ContentKind): string[] {
  return kind.files.globs.map((glob) => glob.slice(kind.files.entry.length + 1));
}

/** What the kinds precache in one language's service worker: globs of dist/, each once. */
export function precachePatterns(lang: string): string[] {
  return [
    ...new Set(
      contentKinds.flatMap((kind) =>
        'precache' in kind.offline ? kind.offline.precache.map((pattern) => pattern.replaceAll('<lang>', lang)) : [],
      ),
    ),
  ];
}
