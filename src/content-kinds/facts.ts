import { factsSchema } from '../schemas/facts.ts';
import { defineKind } from './kind.ts';

/** Facts that change (a law's date, a standard's version), written once and used in many texts. */
export const facts = defineKind({
  id: 'facts',
  title: 'Facts that change',
  names: { one: 'fact', many: 'facts' },
  files: {
    entry: 'facts.yaml',
    globs: ['facts.yaml'],
    shown: 'content/facts.yaml',
    perLanguage: false,
    format: 'yaml',
  },
  schema: factsSchema,
  loader: { reader: 'readFacts (src/lib/facts.ts): every text that uses {{fact:id}} needs them before it is shown.' },
  search: {
    notSearched:
      'A fact is a value (a date, a version) shown inside other texts, not something residents look for on its own; the texts around it are searched.',
  },
  template: { noTemplate: 'A fact is a few lines added to the one file.' },
  offline: { notPrecached: 'Filled into the pages that use them when the site is built.' },
  fieldDocs: {
    schemaFile: 'facts',
    title: 'Facts that change',
    source: { file: 'src/schemas/facts.ts', exportName: 'factsSchema' },
  },
  pages: { noPages: 'Shown inside other texts, with <Fact id="…" /> or {{fact:id}}.' },
});
