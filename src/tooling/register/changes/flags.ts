import { retentionHours } from '../../../lib/register/retention.ts';
import type { FactChange } from '../../../lib/register/changes/facts.ts';

/**
 * Why a change needs a person to confirm it, or undefined. These are the changes that make a
 * device look less intrusive or better secured than before, or keep data longer: exactly what a
 * wrong column mapping or a stale spreadsheet would do to a camera's public promise, so an import
 * writes them only with --accept-flagged-changes.
 */
export function flagReason(change: FactChange, locales: readonly string[], defaultLocale: string): string | undefined {
  const { fact, before, after } = change;
  const key = fact.path.join('.');
  if (before === undefined && !['legalBasis.basis', 'security.conformity'].includes(key)) return undefined;

  switch (key) {
    case 'personalData':
      return before === true && after === false ? 'says the device no longer processes personal data' : undefined;
    case 'dataTypes': {
      const removed = (before as string[]).filter((id) => !((after as string[] | undefined) ?? []).includes(id));
      return removed.length > 0 ? `removes data types it collects (${removed.join(', ')})` : undefined;
    }
    case 'retention': {
      if (after === undefined) return 'removes how long data is kept';
      if (after === 'none' && before !== 'none') return 'says no data is kept any more';
      return safeHours(after) > safeHours(before) ? 'keeps data longer' : undefined;
    }
    case 'legalBasis.basis':
      return 'changes the legal basis';
    case 'security.encryptedInTransit':
    case 'security.encryptedAtRest':
      return rank(['no', 'partly', 'yes'], after) > rank(['no', 'partly', 'yes'], before)
        ? 'claims stronger encryption'
        : undefined;
    case 'security.updates':
      return rank(['none', 'on-site', 'remote', 'automatic'], after) >
        rank(['none', 'on-site', 'remote', 'automatic'], before)
        ? 'claims better security updates'
        : undefined;
    case 'security.signedUpdates':
      return before === false && after === true ? 'claims signed updates' : undefined;
    case 'security.network':
      return rank(['external', 'shared', 'separated'], after) > rank(['external', 'shared', 'separated'], before)
        ? 'claims a better separated network'
        : undefined;
    case 'security.supportUntil':
      return laterDate(before, after, 'not-stated') ? 'claims longer vendor support' : undefined;
    case 'security.lastIndependentReview':
      return laterDate(before, after, 'none') ? 'claims a newer independent review' : undefined;
    case 'security.disclosurePolicy':
      return before === 'none' && after !== 'none' ? 'claims a vulnerability disclosure policy' : undefined;
    case 'security.conformity': {
      const added = ((after as string[] | undefined) ?? []).filter(
        (id) => !((before as string[] | undefined) ?? []).includes(id),
      );
      return added.length > 0 ? `claims conformity with ${added.join(', ')}` : undefined;
    }
  }
  if (fact.kind === 'text') return staleTranslations(before, after, locales, defaultLocale);
  return undefined;
}

/**
 * The default-language text changed while translations still say the old thing: residents
 * reading another language would be told something else. (Correcting a translation alone is fine.)
 */
function staleTranslations(
  before: unknown,
  after: unknown,
  locales: readonly string[],
  defaultLocale: string,
): string | undefined {
  const old = (before ?? {}) as Record<string, string>;
  const now = (after ?? {}) as Record<string, string>;
  if (old[defaultLocale] === undefined || old[defaultLocale] === now[defaultLocale]) return undefined;
  const kept = (code: string) => old[code] !== undefined && now[code] !== undefined && old[code] === now[code];
  const changed = locales.filter((code) => old[code] !== now[code]);
  const stale = locales.filter(kept);
  return stale.length > 0
    ? `changes the ${changed.join(', ')} text while ${stale.join(', ')} still say${stale.length === 1 ? 's' : ''} the old one`
    : undefined;
}

const rank = (order: readonly string[], value: unknown) => order.indexOf(String(value));

function safeHours(value: unknown): number {
  try {
    return retentionHours(String(value));
  } catch {
    return 0;
  }
}

/** A date replacing the "there is none" word, or a later date. */
function laterDate(before: unknown, after: unknown, none: string): boolean {
  if (after === undefined || after === none) return false;
  return before === none || String(after) > String(before);
}
