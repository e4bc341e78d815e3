import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { vocabularies } from '../../register/vocabularies.ts';
import type { ContentIssue } from '../issue.ts';
import { contentEntries, type SiteContent } from '../read-content.ts';

/**
 * Files the site would silently skip, outside the per-language folders (collection-files.ts
 * covers those): anything directly under content/ that is not one of its parts, a glossary for
 * a language the city does not have, and a taxonomy file that is not one of the vocabularies.
 */
export function checkContentLayout(content: SiteContent): ContentIssue[] {
  const { contentDir, locales, defaultLocale } = content.source;
  const issues: ContentIssue[] = [];
  const problem = (segments: string[], message: string) =>
    issues.push({ severity: 'error', file: content.fileName(...segments), field: '', message });
  const known: readonly string[] = contentEntries;

  for (const name of visible(contentDir)) {
    if (!known.includes(name)) {
      problem(
        [name],
        `The site does not read this: content/ holds only ${known.join(', ')}. Move it into one of them, or out of content/.`,
      );
    }
  }

  for (const name of visible(join(contentDir, 'glossary'))) {
    const locale = name.replace(/\.yaml$/, '');
    if (locale === name || statSync(join(contentDir, 'glossary', name)).isDirectory()) {
      problem(
        ['glossary', name],
        `The glossary is one file per language, e.g. content/glossary/${defaultLocale}.yaml: rename this file or move it out.`,
      );
    } else if (!locales.includes(locale)) {
      problem(
        ['glossary', name],
        `"${locale}" is not one of the site's languages (${locales.join(', ')}): rename the file, or add the language to city.config.ts first.`,
      );
    }
  }

  const vocabularyFiles = [...Object.keys(vocabularies), 'organisations'].map((name) => `${name}.yaml`);
  for (const name of visible(join(contentDir, 'taxonomy'))) {
    if (!vocabularyFiles.includes(name)) {
      problem(
        ['taxonomy', name],
        `The site does not read this file: the vocabularies are ${vocabularyFiles.join(', ')}. Add terms to one of them, or move this file out.`,
      );
    }
  }
  return issues;
}

function visible(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => !name.startsWith('.'))
        .sort()
    : [];
}
