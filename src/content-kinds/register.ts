import { sensorDocuments } from '../lib/search/documents.ts';
import { sensorSchema } from '../schemas/sensor.ts';
import { defineKind } from './kind.ts';

/** The transparency register: one file per device, texts per language inside it. */
export const register = defineKind({
  id: 'register',
  title: 'Register entry',
  names: { one: 'register entry', many: 'register entries' },
  files: {
    entry: 'register',
    globs: ['register/*.yaml'],
    shown: 'content/register/<id>.yaml',
    perLanguage: false,
    format: 'yaml',
  },
  schema: sensorSchema,
  loader: {
    reader:
      'readRegister (src/lib/register/load-register.ts): entries are checked against the vocabularies, organisations and districts, which one file cannot do alone.',
  },
  search: {
    type: 'sensor',
    documents: ({ register, locale, defaultLocale }) => sensorDocuments(register, locale, defaultLocale),
  },
  template: { command: 'sensor' },
  offline: { precache: ['<lang>/register/index.html', 'data/compact/<lang>*.json'] },
  fieldDocs: {
    schemaFile: 'register-entry',
    title: 'Register entry',
    source: { file: 'src/schemas/sensor.ts', exportName: 'sensorSchema' },
  },
  pages: { list: 'register', entry: 'register/<id>' },
});
