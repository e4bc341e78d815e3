import { format } from 'prettier';
import { contentJsonSchemas, contentKinds, type SiteLanguages } from './content-schemas.ts';
import { editorExtensions, editorSettings, schemaFile } from './editor-settings.ts';
import { fieldReference } from './field-reference.ts';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every file made from the schemas, by path from the project root: the JSON Schemas, the editor
 * settings that use them, and docs/fields.md. `npm run content:schemas` writes them; a unit test
 * fails when a committed one differs.
 */
export async function generatedFiles(root: string, languages: SiteLanguages): Promise<Map<string, string>> {
  const schemas = contentJsonSchemas(root, languages);
  const files = new Map<string, string>();
  for (const [kind, schema] of schemas) {
    if (kind.editorFiles) files.set(schemaFile(kind), json(schema));
  }
  files.set('.vscode/settings.json', json(editorSettings(contentKinds)));
  files.set('.vscode/extensions.json', json(editorExtensions));
  files.set('docs/fields.md', fieldReference(schemas));
  // Formatted as Prettier formats the project, so that `npm run lint` accepts what is written.
  for (const [path, text] of files) {
    files.set(path, await format(text, { filepath: path, printWidth: 120, singleQuote: true }));
  }
  return files;
}
