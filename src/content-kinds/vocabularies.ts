import { vocabularies as vocabularyNames } from '../lib/register/vocabularies.ts';
import { vocabularySchema } from '../schemas/taxonomy.ts';
import { defineKind } from './kind.ts';

/** Vocabularies with a schema of their own (kinds of their own below), not plain term lists. */
const separate = ['legal-bases', 'organisations'];

/** The register's term lists (kinds, technologies, purposes …): ids and their labels per language. */
export const vocabularies = defineKind({
  id: 'vocabularies',
  title: 'Vocabulary',
  names: { one: 'vocabulary', many: 'vocabularies' },
  files: {
    entry: 'taxonomy',
    globs: Object.keys(vocabularyNames)
      .filter((name) => !separate.includes(name))
      .map((name) => `taxonomy/${name}.yaml`),
    shown: 'content/taxonomy/<vocabulary>.yaml',
    perLanguage: false,
    format: 'yaml',
  },
  schema: vocabularySchema,
  loader: { reader: 'readRegister (src/lib/register/load-register.ts), which checks every entry against them.' },
  search: {
    notSearched:
      'A term is found through the devices that use it: a sensor result carries its kind as a tag, and the register filters by every vocabulary.',
  },
  template: {
    noTemplate:
      'A term is a few lines added to an existing file; a new vocabulary needs a field in the sensor schema, which is code.',
  },
  offline: {
    notPrecached: 'Terms are built into the register pages and the compact register file, which are precached.',
  },
  fieldDocs: {
    schemaFile: 'vocabulary',
    title: 'Vocabulary',
    source: { file: 'src/schemas/taxonomy.ts', exportName: 'vocabularySchema' },
  },
  pages: { noPages: 'Terms show on the register pages, as labels and filters.' },
});
