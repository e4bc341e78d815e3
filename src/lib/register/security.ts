import type { SecurityFacts } from '../../schemas/sensor-security.ts';
import type { RegisterEntry } from './load-register.ts';

/** The security facts a sensor page shows, in display order. */
export const securityFactNames = [
  'encryptedInTransit',
  'encryptedAtRest',
  'updates',
  'signedUpdates',
  'supportUntil',
  'network',
  'disclosurePolicy',
  'conformity',
  'lastIndependentReview',
] as const satisfies readonly (keyof SecurityFacts)[];
export type SecurityFactName = (typeof securityFactNames)[number];

/**
 * The ETSI EN 303 645 provisions each fact gives evidence for (the numbering the lessons use),
 * so a resident can look up what "good" means. Conformity and reviews cover the whole standard.
 */
export const etsiProvisions: Record<SecurityFactName, readonly string[]> = {
  encryptedInTransit: ['5.5'],
  encryptedAtRest: ['5.4', '5.8'],
  updates: ['5.3'],
  signedUpdates: ['5.7'],
  supportUntil: ['5.3'],
  network: ['5.6'],
  disclosurePolicy: ['5.2'],
  conformity: [],
  lastIndependentReview: [],
};

/**
 * DTPR processing elements (device__process) that a device earns from its security facts; only
 * full encryption counts, "partly" does not. Facts without a DTPR element are not mapped.
 */
export function securityDtprIds(security: SecurityFacts): string[] {
  return [
    ...(security.encryptedInTransit === 'yes' ? ['transport_layer_security'] : []),
    ...(security.encryptedAtRest === 'yes' ? ['encrypted_at_rest'] : []),
    ...(security.signedUpdates ? ['code_signing'] : []),
  ];
}

/** Where a device stands with vendor security updates on a given day. */
export type SupportStatus = 'ended' | 'within-year' | 'later' | 'not-stated';
export const supportStatuses: readonly SupportStatus[] = ['ended', 'within-year', 'later', 'not-stated'];

/** `today` and the result are YYYY-MM-DD; "within a year" is up to and including the same day next year. */
export function supportStatus(security: SecurityFacts, today: string): SupportStatus {
  if (security.supportUntil === 'not-stated') return 'not-stated';
  if (security.supportUntil < today) return 'ended';
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  return security.supportUntil <= nextYear ? 'within-year' : 'later';
}

/** Counts of devices per support status, in the order of `supportStatuses`. */
export function supportTally(
  entries: readonly RegisterEntry[],
  today: string,
): { key: SupportStatus; count: number }[] {
  return supportStatuses.map((key) => ({
    key,
    count: entries.filter((entry) => supportStatus(entry.security, today) === key).length,
  }));
}
