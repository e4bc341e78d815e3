import { districtsSchema } from '../schemas/district.ts';
import { defineKind } from './kind.ts';

/** The city's districts: names per language and outlines, for maps and the register filter. */
export const districts = defineKind({
  id: 'districts',
  title: 'Districts',
  names: { one: 'district', many: 'districts' },
  files: {
    entry: 'districts.geojson',
    globs: ['districts.geojson'],
    shown: 'content/districts.geojson',
    perLanguage: false,
    format: 'json',
  },
  schema: districtsSchema,
  loader: { reader: 'readRegister (src/lib/register/load-register.ts): entries name districts by id.' },
  search: {
    notSearched: "A district is found through its devices: a sensor result carries its districts' names as tags.",
  },
  template: { noTemplate: 'Outlines are drawn in a map editor (QGIS, geojson.io), not written from a template.' },
  offline: { precache: ['data/districts.geojson'] },
  fieldDocs: {
    schemaFile: 'districts',
    title: 'Districts',
    source: { file: 'src/schemas/district.ts', exportName: 'districtsSchema' },
  },
  pages: { noPages: 'Shown on the register map and in its district filter.' },
});
