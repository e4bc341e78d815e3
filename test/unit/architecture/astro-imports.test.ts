import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..', '..');

/**
 * dependency-cruiser does not read `.astro` files, so the rules of docs/architecture.md that
 * pages, layouts and components could break are checked here: the city and the collections come
 * through src/site/, and nothing that ships imports src/tooling/. Returns `file → import` for each
 * import of `file` (a path from the project root) that breaks them.
 */
function astroImportProblems(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map(([, specifier]) => specifier!);
  return specifiers.flatMap((specifier) => {
    const target = specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier;
    const broken = target === 'city.config.ts' || target === 'astro:content' || target.startsWith('src/tooling/');
    return broken ? [`${file} → ${target}`] : [];
  });
}

describe('.astro files keep the import rules', () => {
  it('names an .astro file that imports the city, a collection or tooling directly', () => {
    const text = [
      '---',
      "import { city } from '../../city.config.ts';",
      "import { getCollection } from 'astro:content';",
      "import { report } from '../tooling/bench/report.ts';",
      "import { siteRegister } from '../site/register.ts';",
      "import BaseLayout from '../layouts/BaseLayout.astro';",
      '---',
    ].join('\n');
    expect(astroImportProblems('src/components/Footer.astro', text)).toEqual([
      'src/components/Footer.astro → city.config.ts',
      'src/components/Footer.astro → astro:content',
      'src/components/Footer.astro → src/tooling/bench/report.ts',
    ]);
  });

  it('no page, layout or component does', () => {
    const files = execFileSync('git', ['ls-files', '--', 'src/**/*.astro'], { cwd: project, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => astroImportProblems(file, readFileSync(join(project, file), 'utf8')))).toEqual([]);
  });
});
