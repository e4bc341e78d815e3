import { legalBasesSchema } from '../schemas/taxonomy.ts';
import { defineKind } from './kind.ts';

/** The GDPR legal bases a register entry may name, with their explanation per language. */
export const legalBases = defineKind({
  id: 'legalBases',
  title: 'Legal bases',
  names: { one: 'legal basis', many: 'legal bases' },
  files: {
    entry: 'taxonomy',
    globs: ['taxonomy/legal-bases.yaml'],
    shown: 'content/taxonomy/legal-bases.yaml',
    perLanguage: false,
    format: 'yaml',
  },
  schema: legalBasesSchema,
  loader: { reader: 'readRegister (src/lib/register/load-register.ts), which checks every entry against them.' },
  search: {
    notSearched:
      'The six bases are fixed by the GDPR (Art. 6(1)) and explained on the device pages that name them; residents look for devices, not for bases.',
  },
  template: { noTemplate: 'The list is closed: the GDPR names six legal bases and the file has them all.' },
  offline: { notPrecached: 'Built into the register pages and the compact register file, which are precached.' },
  fieldDocs: {
    schemaFile: 'legal-bases',
    title: 'Legal bases',
    source: { file: 'src/schemas/taxonomy.ts', exportName: 'legalBasesSchema' },
  },
  pages: { noPages: 'Shown on the device pages that name them.' },
});
