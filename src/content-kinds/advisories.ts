import { advisoryDocuments } from '../lib/search/documents.ts';
import { type AdvisoryData, advisorySchema } from '../schemas/advisory.ts';
import { advisoryComponentRules } from '../schemas/content-components.ts';
import { defineKind } from './kind.ts';

/** The city CERT's advisories for residents, one MDX file per language. */
export const advisories = defineKind({
  id: 'advisories',
  title: 'Advisory (front matter)',
  names: { one: 'advisory', many: 'advisories' },
  files: {
    entry: 'advisories',
    globs: ['advisories/*/*.mdx'],
    shown: 'content/advisories/<lang>/<slug>.mdx',
    perLanguage: true,
    format: 'mdx',
  },
  schema: advisorySchema,
  loader: { collection: true },
  mdx: { components: advisoryComponentRules, componentDocs: 'docs/advisories.md' },
  search: {
    type: 'advisory',
    documents: ({ entries, locale, defaultLocale, t }) =>
      advisoryDocuments(entries<AdvisoryData>('advisories'), locale, defaultLocale, (data) =>
        [
          `${t('advisories.severity')}: ${t(`advisories.severity.${data.severity}`)}`,
          `${t('advisories.status')}: ${t(`advisories.status.${data.status}`)}`,
        ].join(' · '),
      ),
  },
  template: { command: 'advisory' },
  offline: {
    notPrecached:
      'Advice changes as a matter develops: a copy kept ahead of time could show outdated steps offline. Advisories a resident has read stay available through the cache of visited pages.',
  },
  fieldDocs: {
    schemaFile: 'advisory',
    title: 'Advisory (front matter)',
    source: { file: 'src/schemas/advisory.ts', exportName: 'advisorySchema' },
  },
  pages: { list: 'advisories', entry: 'advisories/<slug>' },
});
