import { createHash } from 'node:crypto';
import { city } from '../../../city.config.ts';
import { useTranslations } from '../../i18n/index.ts';
import { compactRegister } from '../../lib/register/compact.ts';
import type { FixedLabels } from '../../lib/register/facet-options.ts';
import { siteRegister } from '../../lib/register/site-register.ts';

/** Facet labels that are UI strings rather than vocabulary terms, in one language. */
export function fixedLabels(locale: string): FixedLabels {
  const t = useTranslations(locale);
  return {
    yes: t('value.yes'),
    no: t('value.no'),
    partly: t('value.partly'),
    noLegalBasis: t('value.noLegalBasis'),
    status: {
      planned: t('status.planned'),
      active: t('status.active'),
      inactive: t('status.inactive'),
      removed: t('status.removed'),
    },
  };
}

const cache = new Map<string, { name: string; body: string }>();

/**
 * The compact register file of a language, named by its content hash so browsers may cache it
 * for good: `/data/compact/<lang>-<hash>.json`.
 */
export function compactFile(locale: string): { name: string; body: string; url: string } {
  let file = cache.get(locale);
  if (!file) {
    const body = JSON.stringify(compactRegister(siteRegister(), locale, city.defaultLocale, fixedLabels(locale)));
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    file = { name: `${locale}-${hash}`, body };
    cache.set(locale, file);
  }
  return { ...file, url: `/data/compact/${file.name}.json` };
}
