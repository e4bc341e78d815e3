import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A route of the site, from a file in src/pages: `[lang]/lessons/[slug]` -> its segments. */
export interface Route {
  segments: string[];
  /** File routes (`/data/register.csv`) have no trailing slash; pages have one. */
  isFile: boolean;
}

/**
 * The site's routes, read from the file names in src/pages, so that a link check knows every
 * section that exists, including ones added later, without a list to keep up to date.
 */
export function readRoutes(pagesDir: string): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string, prefix: string[]) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path, [...prefix, name]);
        continue;
      }
      const page = /^(.*)\.(astro|md|mdx)$/.exec(name);
      const endpoint = /^(.*)\.(ts|js)$/.exec(name);
      if (page) {
        routes.push({ segments: page[1] === 'index' ? prefix : [...prefix, page[1]!], isFile: false });
      } else if (endpoint) {
        routes.push({ segments: [...prefix, endpoint[1]!], isFile: true });
      }
    }
  };
  walk(pagesDir, []);
  return routes;
}

/** What a link points at, when it is a page the content check knows the anchors of. */
export type LinkTarget =
  | { kind: 'page' | 'lesson' | 'quiz' | 'advisory'; locale: string; slug: string }
  | { kind: 'glossary'; locale: string }
  | { kind: 'other' };

/** The values a route parameter can take on this site. */
export interface RouteValues {
  locales: readonly string[];
  pageSlugs: ReadonlySet<string>;
  lessonSlugs: ReadonlySet<string>;
  quizSlugs: ReadonlySet<string>;
  advisorySlugs: ReadonlySet<string>;
  /** Lessons that have a teacher guide. */
  teacherGuideSlugs: ReadonlySet<string>;
  registerIds: ReadonlySet<string>;
}

/**
 * Matches a site path (`/en/lessons/updates/`) against the routes. Parameters take the values the
 * build would generate: `[lang]` a language, `[slug]` after `lessons` a lesson (one with a teacher
 * guide when `teacher-guide` follows), `[id]` a device;
 * parameters of routes this check has no values for accept anything.
 */
export function matchRoute(
  path: string,
  routes: readonly Route[],
  values: RouteValues,
): { target: LinkTarget; route: Route } | undefined {
  const parts = path.split('/').slice(1);
  const trailingSlash = parts.at(-1) === '';
  if (trailingSlash) parts.pop();
  for (const route of routes) {
    if (route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = route.segments.every((segment, index) => {
      const part = decodedPath(parts[index]!);
      if (part === undefined) return false;
      const dynamic = /^(.*)\[(\w+)\](.*)$/.exec(segment);
      if (!dynamic) return segment === part;
      const [, before = '', name = '', after = ''] = dynamic;
      if (!part.startsWith(before) || !part.endsWith(after)) return false;
      const value = part.slice(before.length, part.length - after.length);
      params[name] = value;
      return accepts(name, value, route.segments[index - 1], route.segments[index + 1], values);
    });
    if (matches) return { route, target: targetOf(route, params) };
  }
  return undefined;
}

/** A path with its %-escapes decoded, or undefined when one is broken (%zz, or half a character). */
export function decodedPath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function accepts(
  name: string,
  value: string,
  previous: string | undefined,
  next: string | undefined,
  values: RouteValues,
): boolean {
  if (value === '') return false;
  switch (name) {
    case 'lang':
      return values.locales.includes(value);
    case 'id':
      return values.registerIds.has(value);
    case 'page':
      return /^[1-9]\d*$/.test(value);
    case 'slug':
      if (previous === 'lessons' && next === 'teacher-guide') return values.teacherGuideSlugs.has(value);
      if (previous === 'lessons') return values.lessonSlugs.has(value);
      if (previous === 'quizzes') return values.quizSlugs.has(value);
      if (previous === 'advisories') return values.advisorySlugs.has(value);
      return values.pageSlugs.has(value);
    default:
      return true;
  }
}

function targetOf(route: Route, params: Record<string, string>): LinkTarget {
  const locale = params['lang'];
  const shape = route.segments.join('/');
  if (!locale) return { kind: 'other' };
  if (shape === '[lang]/lessons/[slug]') return { kind: 'lesson', locale, slug: params['slug']! };
  if (shape === '[lang]/quizzes/[slug]') return { kind: 'quiz', locale, slug: params['slug']! };
  if (shape === '[lang]/advisories/[slug]') return { kind: 'advisory', locale, slug: params['slug']! };
  if (shape === '[lang]/[slug]') return { kind: 'page', locale, slug: params['slug']! };
  if (shape === '[lang]/glossary') return { kind: 'glossary', locale };
  return { kind: 'other' };
}
