/**
 * Writes the files made from the content schemas (src/schemas/): JSON Schemas in schemas/ for
 * editors, .vscode/settings.json and extensions.json, and the field reference docs/fields.md.
 * Run after changing a schema or its comments: npm run content:schemas
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles } from '../src/tooling/schema-docs/generated-files.ts';
import { siteLanguages } from '../src/site/city.ts';

const root = process.cwd();
for (const [path, text] of await generatedFiles(root, siteLanguages)) {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path}`);
}
