import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { advisorySchema } from './schemas/advisory.ts';
import { lessonSchema } from './schemas/lesson.ts';
import { pageSchema } from './schemas/page.ts';
import { quizSchema } from './schemas/quiz.ts';
import { teacherGuideSchema } from './schemas/teacher-guide.ts';
import { siteContentDir } from './site/content-dir.ts';

/** Content root; CONTENT_DIR points the build at another tree (benchmarks, fixtures). */
const root = siteContentDir();

/** Site pages, `content/pages/<lang>/<slug>.mdx`; the entry id is `<lang>/<slug>`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/pages` }),
  schema: pageSchema,
});

/** Lessons, `content/lessons/<lang>/<slug>.mdx`; the entry id is `<lang>/<slug>`. */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/lessons` }),
  schema: lessonSchema,
});

/**
 * Teacher guides, `content/teacher-guides/<lang>/<slug>.mdx`, one per lesson (same slug) where
 * there is one; the entry id is `<lang>/<slug>`.
 */
const teacherGuides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/teacher-guides` }),
  schema: teacherGuideSchema,
});

/** Quizzes, `content/quizzes/<lang>/<slug>.yaml`; the entry id is `<lang>/<slug>`. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*/*.yaml', base: `${root}/quizzes` }),
  schema: quizSchema,
});

/** The city CERT's advisories for residents, `content/advisories/<lang>/<slug>.mdx`; the entry id is `<lang>/<slug>`. */
const advisories = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/advisories` }),
  schema: advisorySchema,
});

export const collections = { pages, lessons, teacherGuides, quizzes, advisories };
