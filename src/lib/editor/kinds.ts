import type { z } from 'zod';
import { contentKinds, kinds, type ContentKind, type KindId } from '../../content-kinds/index.ts';
import type { ContentComponent } from '../../schemas/content-components.ts';
import { sensorFieldVocabulary, type VocabularyName } from '../register/vocabularies.ts';

/**
 * What the editor's configuration is made from: the kinds of the content registry
 * (src/content-kinds/) that the communications team edits in the browser, read from their
 * descriptors (folder, format, per language or not, schema, MDX components), plus what only the
 * editor needs: which field names a new file, and which fields take taxonomy terms. Every other
 * kind says why it is not offered; test/unit/editor/decap-config.test.ts fails on a kind that
 * does neither.
 */
export interface EditorKind {
  /** The registry's id; the collection's name in the editor (/admin/#/collections/<id>). */
  id: string;
  /** Plural and singular label the editor shows. */
  label: string;
  labelSingular: string;
  /** Folder under the repository root. */
  folder: string;
  /** MDX: front matter fields plus a body; YAML: fields only. */
  format: 'mdx' | 'yaml';
  /** Files are `<folder>/<lang>/<slug>.<ext>`, one per language; else `<folder>/<slug>.<ext>`, texts per language inside. */
  perLanguage: boolean;
  /** The field whose text names a new file (lowercased, hyphenated: the page address). */
  identifierField: string;
  schema: z.ZodType;
  /** Fields whose values are term ids, and the vocabulary (content/taxonomy/<name>.yaml) they come from. */
  vocabularyFields?: Record<string, VocabularyName | 'organisations'>;
  /** The components an MDX body may use, offered as blocks. */
  components?: Record<string, ContentComponent>;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function editorKind(
  kind: ContentKind,
  editor: Pick<EditorKind, 'identifierField' | 'vocabularyFields'> & { label?: string; labelSingular?: string },
): EditorKind {
  const { format } = kind.files;
  if (format === 'json') throw new Error(`The editor does not edit JSON files: ${kind.id} cannot be offered.`);
  return {
    id: kind.id,
    label: editor.label ?? capitalised(kind.names.many),
    labelSingular: editor.labelSingular ?? capitalised(kind.names.one),
    folder: `content/${kind.files.entry}`,
    format,
    perLanguage: kind.files.perLanguage,
    identifierField: editor.identifierField,
    schema: kind.schema,
    ...(editor.vocabularyFields ? { vocabularyFields: editor.vocabularyFields } : {}),
    ...(kind.mdx ? { components: kind.mdx.components } : {}),
  };
}

export const editorKinds: EditorKind[] = [
  editorKind(kinds.register, {
    label: 'Register: devices',
    labelSingular: 'Device',
    identifierField: 'name.en',
    vocabularyFields: { ...sensorFieldVocabulary, 'legalBasis.basis': 'legal-bases', organisation: 'organisations' },
  }),
  editorKind(kinds.advisories, { identifierField: 'title', vocabularyFields: { 'affected.kinds': 'kinds' } }),
  editorKind(kinds.lessons, { identifierField: 'title' }),
  editorKind(kinds.pages, { identifierField: 'title' }),
  editorKind(kinds.teacherGuides, { identifierField: 'title' }),
  editorKind(kinds.quizzes, { identifierField: 'title' }),
];

/** The registry's kinds the editor does not offer, and why (docs/editing.md). */
export const notInEditor: Partial<Record<KindId, string>> = {
  glossary: 'One list per language whose ids lessons link to: kept with the lessons by the developers.',
  vocabularies: 'The taxonomy: its ids are promises to open-data users and every device refers to them.',
  legalBases: 'The six legal bases of the GDPR: fixed by law.',
  organisations: 'Every device refers to their ids: kept by the register team with the developers.',
  districts: 'GeoJSON shapes: drawn in a GIS, not typed into a form.',
  facts: 'Dates of laws and versions of standards: checked against their sources by the developers.',
};

/** Kinds of the registry that are neither in the editor nor say why not (none, or the editor is behind). */
export function kindsWithoutEditorDecision(): string[] {
  return contentKinds
    .map((kind) => kind.id)
    .filter((id) => !editorKinds.some((kind) => kind.id === id) && !(id in notInEditor));
}
