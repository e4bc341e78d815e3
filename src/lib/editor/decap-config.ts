import type { ContentComponent } from '../../schemas/content-components.ts';
import { contentJsonSchema, type JsonSchema } from '../content/json-schema.ts';
import { objectFields, type EditorField, type SelectOption } from './fields.ts';
import type { EditorKind } from './kinds.ts';
import type { BlockComponent } from './mdx-blocks.ts';

/**
 * The Decap CMS configuration (admin/config.yml) made from the content kinds: one collection per
 * kind, written by the build, never by hand (docs/editing.md). The file formats are this site's
 * own (src/lib/editor/front-matter.ts, preserving-yaml.ts): an untouched save is byte-identical.
 */

/** The git host the editor commits to; absent: the editor works only on a laptop (npm run editor). */
export interface EditorBackend {
  name: 'github' | 'gitlab' | 'gitea';
  repo: string;
  branch: string;
  /** The host's API, for self-hosted GitLab or Gitea. */
  apiRoot?: string | undefined;
  /** The host's address for signing in (GitLab, Gitea), or the OAuth helper's (GitHub). */
  baseUrl?: string | undefined;
  /** The OAuth application id (GitLab and Gitea sign in with PKCE: no server of our own). */
  appId?: string | undefined;
}

export interface EditorConfigInput {
  kinds: readonly EditorKind[];
  jsonSchemas: Map<string, JsonSchema>;
  locales: { code: string; name: string }[];
  defaultLocale: string;
  /** Select options per kind id and field path. */
  vocabularyOptions: Map<string, Map<string, SelectOption[]>>;
  backend?: EditorBackend | undefined;
  /** Drafts, review and ready as branches and merge requests on the git host. */
  editorialWorkflow: boolean;
  /** decap-server's port on this computer (npm run editor); Decap's own default, 8081, when left out. */
  localBackendPort?: string | undefined;
  /** What a new entry's top-level fields start with, per kind id and field name. */
  fieldDefaults?: Map<string, Record<string, unknown>>;
}

/** Names of the file formats the editor page registers (src/editor/admin.ts). */
export const editorFormats = { mdx: 'mdx-preserving', yaml: 'yaml-preserving' } as const;

/** The blocks a body may use, with each attribute's fixed options and the value a new block starts with. */
export function blockComponents(
  rules: Record<string, ContentComponent>,
  languages: { codes: readonly string[]; defaultCode: string },
): BlockComponent[] {
  return Object.entries(rules).map(([name, rule]) => {
    const schema = contentJsonSchema(rule.props, languages);
    const properties: Record<string, JsonSchema> = Object.assign(
      {},
      ...[schema, ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].map((part) => part.properties ?? {}),
    );
    return {
      name,
      children: rule.children,
      attributes: rule.attributes.map((attribute) => {
        const property = properties[attribute] ?? {};
        const options =
          (property['enum'] as string[] | undefined) ?? (property['const'] ? [String(property['const'])] : undefined);
        const initial =
          property.type === 'array' ? '{[]}' : property.type === 'boolean' ? '{false}' : `"${options?.[0] ?? ''}"`;
        return { name: attribute, initial, ...(options ? { options } : {}) };
      }),
    };
  });
}

/**
 * The field an MDX body is edited in: the text as it is (Markdown with component blocks, never
 * re-written), with the blocks' attributes as fields beside it (src/islands/editor/mdx-widget.ts).
 */
export const bodyField = (
  kind: EditorKind,
  languages: { codes: readonly string[]; defaultCode: string },
): EditorField => ({
  name: 'body',
  label: 'Text',
  widget: 'mdx',
  required: true,
  hint: 'The text in Markdown. Blocks such as <Callout> are listed under the text with their settings; "Insert a block" adds one where the cursor is (docs/lesson-components.md).',
  components: blockComponents(kind.components ?? {}, languages),
  ...(kind.perLanguage ? { i18n: true } : {}),
});

function backendConfig(backend: EditorBackend | undefined) {
  if (!backend) return { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' };
  return {
    name: backend.name,
    repo: backend.repo,
    branch: backend.branch,
    ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
    ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
    ...(backend.appId ? { app_id: backend.appId, auth_type: 'pkce' } : {}),
    // Every change is a merge request; the check runs on it (.github/workflows, .gitlab-ci.yml).
    squash_merges: true,
  };
}

export function editorConfig(input: EditorConfigInput) {
  const codes = [input.defaultLocale, ...input.locales.map((l) => l.code).filter((c) => c !== input.defaultLocale)];
  return {
    // On localhost the editor writes the files of this checkout through decap-server (npm run editor).
    local_backend: input.localBackendPort ? { url: `http://localhost:${input.localBackendPort}/api/v1` } : true,
    backend: backendConfig(input.backend),
    ...(input.backend && input.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    media_folder: 'public/media',
    public_folder: '/media',
    i18n: { structure: 'multiple_folders', locales: codes, default_locale: input.defaultLocale },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: input.kinds.map((kind) => collection(kind, input)),
  };
}

function collection(kind: EditorKind, input: EditorConfigInput) {
  const schema = input.jsonSchemas.get(kind.id);
  if (!schema) throw new Error(`There is no JSON Schema for the editor kind "${kind.id}".`);
  const fields = objectFields(schema, '', {
    locales: input.locales,
    vocabularyOptions: input.vocabularyOptions.get(kind.id) ?? new Map(),
    perLanguageFiles: kind.perLanguage,
  }).map((field) => {
    const defaults = input.fieldDefaults?.get(kind.id) ?? {};
    return field.name in defaults ? { ...field, default: defaults[field.name] } : field;
  });
  return {
    name: kind.id,
    label: kind.label,
    label_singular: kind.labelSingular,
    folder: kind.folder,
    extension: kind.format === 'mdx' ? 'mdx' : 'yaml',
    format: editorFormats[kind.format],
    create: true,
    // File names become page addresses: lowercase words joined by hyphens (the content check's rule).
    identifier_field: kind.identifierField,
    slug: '{{slug}}',
    summary: `{{${kind.identifierField}}}`,
    ...(kind.perLanguage ? { i18n: true } : {}),
    fields:
      kind.format === 'mdx'
        ? [...fields, bodyField(kind, { codes: input.locales.map((l) => l.code), defaultCode: input.defaultLocale })]
        : fields,
  };
}
