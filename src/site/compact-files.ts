import { createHash } from 'node:crypto';
import { city } from './city.ts';
import { useTranslations } from '../i18n/index.ts';
import { publishableJson } from '../lib/published-text.ts';
import { compactRegister } from '../lib/register/compact.ts';
import { registerOverview, type RegisterOverview } from '../lib/register/compact-query.ts';
import type { FixedLabels } from '../lib/register/facet-options.ts';
import { siteRegister } from './register.ts';

/** Facet labels that are UI strings rather than vocabulary terms, in one language. */
export function fixedLabels(locale: string): FixedLabels {
  const t = useTranslations(locale);
  return {
    yes: t('value.yes'),
    no: t('value.no'),
    partly: t('value.partly'),
    noLegalBasis: t('value.noLegalBasis'),
    notKept: t('retention.none'),
    status: {
      planned: t('status.planned'),
      active: t('status.active'),
      inactive: t('status.inactive'),
      removed: t('status.removed'),
    },
  };
}

const cache = new Map<string, { name: string; body: string; overview: RegisterOverview }>();

/**
 * The compact register file of a language, named by its content hash so browsers may cache it
 * for good: `/data/compact/<lang>-<hash>.json`; with the overview the explorer starts from.
 */
export function compactFile(locale: string): { name: string; body: string; url: string; overview: RegisterOverview } {
  let file = cache.get(locale);
  if (!file) {
    const compact = compactRegister(siteRegister(), locale, city.defaultLocale, fixedLabels(locale));
    const body = publishableJson(compact);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    file = { name: `${locale}-${hash}`, body, overview: registerOverview(compact) };
    cache.set(locale, file);
  }
  return { ...file, url: `/data/compact/${file.name}.json` };
}
