/**
 * The controlled vocabularies of the register, each a file content/taxonomy/<name>.yaml, with
 * the DTPR category its terms map to.
 */
export const vocabularies = {
  kinds: 'device__tech',
  technologies: 'device__tech',
  purposes: 'device__purpose',
  'data-types': 'device__data',
  processing: 'device__process',
  storage: 'device__storage',
  access: 'device__access',
  'legal-bases': null,
  'organisation-types': 'device__accountable',
  mountings: null,
} as const;

export type VocabularyName = keyof typeof vocabularies;

/** Which vocabulary each sensor field draws its ids from. */
export const sensorFieldVocabulary = {
  kind: 'kinds',
  technology: 'technologies',
  purposes: 'purposes',
  dataTypes: 'data-types',
  processing: 'processing',
  storage: 'storage',
  access: 'access',
  mountedOn: 'mountings',
} as const satisfies Record<string, VocabularyName>;
