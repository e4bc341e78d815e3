import { organisationsSchema } from '../schemas/organisation.ts';
import { defineKind } from './kind.ts';

/** Who runs the devices: the city's departments and its contractors, with contact details. */
export const organisations = defineKind({
  id: 'organisations',
  title: 'Organisations',
  names: { one: 'organisation', many: 'organisations' },
  files: {
    entry: 'taxonomy',
    globs: ['taxonomy/organisations.yaml'],
    shown: 'content/taxonomy/organisations.yaml',
    perLanguage: false,
    format: 'yaml',
  },
  schema: organisationsSchema,
  loader: { reader: 'readRegister (src/lib/register/load-register.ts), which checks every entry against them.' },
  search: {
    notSearched:
      "An organisation is found through its devices: a sensor result carries the organisation's name as a tag.",
  },
  template: { noTemplate: 'An organisation is a few lines added to the one file.' },
  offline: { notPrecached: 'Built into the register pages and the compact register file, which are precached.' },
  fieldDocs: {
    schemaFile: 'organisations',
    title: 'Organisations',
    source: { file: 'src/schemas/organisation.ts', exportName: 'organisationsSchema' },
  },
  pages: { noPages: 'Shown on the device pages and in the register filters.' },
});
