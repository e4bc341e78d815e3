import type { ContentKind } from './content-schemas.ts';

/** The JSON Schema file of a kind of content, from the project root. */
export const schemaFile = (kind: ContentKind) => `schemas/${kind.id}.schema.json`;

/**
 * .vscode/settings.json: which JSON Schema checks which files, for the YAML extension
 * (`yaml.schemas`) and VS Code's own JSON support (`json.schemas`).
 */
export function editorSettings(kinds: readonly ContentKind[]): object {
  const yaml = kinds.filter((kind) => kind.editorFiles?.language === 'yaml');
  const json = kinds.filter((kind) => kind.editorFiles?.language === 'json');
  return {
    'yaml.schemas': Object.fromEntries(yaml.map((kind) => [`./${schemaFile(kind)}`, kind.editorFiles!.globs])),
    'json.schemas': json.map((kind) => ({ fileMatch: kind.editorFiles!.globs, url: `./${schemaFile(kind)}` })),
    'files.associations': { '*.geojson': 'json' },
  };
}

/** .vscode/extensions.json: VS Code offers the YAML extension when the project is opened. */
export const editorExtensions = { recommendations: ['redhat.vscode-yaml'] };
