import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../content/display-path.ts';
import type { ContentIssue } from './issue.ts';

/** A file of a per-language collection: `content/<collection>/<lang>/<slug>.<ext>`. */
export interface LocalizedFile {
  /** Absolute path, for reading. */
  path: string;
  /** How messages name it. */
  file: string;
  locale: string;
  slug: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The files of a collection in language folders. Files the site would silently skip (outside a
 * language folder, another extension, an unknown language, a file name that cannot be an address)
 * are errors, so that no work goes missing unnoticed.
 */
export function listCollection(
  contentDir: string,
  collection: string,
  extension: string,
  locales: readonly string[],
  root: string,
): { files: LocalizedFile[]; issues: ContentIssue[] } {
  const base = join(contentDir, collection);
  const files: LocalizedFile[] = [];
  const issues: ContentIssue[] = [];
  const problem = (path: string, message: string) =>
    issues.push({ severity: 'error', file: displayPath(root, path), field: '', message });
  if (!existsSync(base)) return { files, issues };
  for (const folder of visible(base)) {
    const folderPath = join(base, folder);
    if (!statSync(folderPath).isDirectory()) {
      problem(folderPath, `Move this file into a language folder, e.g. content/${collection}/${locales[0]}/${folder}.`);
      continue;
    }
    if (!locales.includes(folder)) {
      problem(
        folderPath,
        `"${folder}" is not one of the site's languages (${locales.join(', ')}): rename the folder, or add the language to city.config.ts first.`,
      );
      continue;
    }
    for (const name of visible(folderPath)) {
      const path = join(folderPath, name);
      const slug = name.slice(0, -extension.length);
      if (!name.endsWith(extension)) {
        problem(path, `The site only reads ${extension} files here: rename it to end in ${extension}, or move it out.`);
      } else if (!SLUG.test(slug)) {
        problem(
          path,
          `The file name becomes the page address: use lowercase letters, digits and hyphens, e.g. home-network${extension}.`,
        );
      } else {
        files.push({ path, file: displayPath(root, path), locale: folder, slug });
      }
    }
  }
  return { files, issues };
}

function visible(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}
