import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

const content = join(import.meta.dirname, '..', '..', 'content');

/**
 * A throwaway content tree with the real vocabularies and districts and the given register files
 * (objects are written as YAML, strings as they are), for tests of loading and import.
 */
export function contentTree(files: Record<string, object | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'register-'));
  cpSync(join(content, 'taxonomy'), join(dir, 'taxonomy'), { recursive: true });
  cpSync(join(content, 'districts.geojson'), join(dir, 'districts.geojson'));
  mkdirSync(join(dir, 'register'));
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(dir, 'register', name), typeof value === 'string' ? value : stringify(value));
  }
  return dir;
}

/** A valid entry without personal data; override fields to make it what a test needs. */
export function validEntry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: { en: 'Cyclist counter Havenbrug', nl: 'Fietstelpunt Havenbrug', ar: 'عدّاد الدراجات' },
    summary: { en: 'Counts bicycles. It records no images.', nl: 'Telt fietsen. Het maakt geen beelden.' },
    status: 'active',
    activeFrom: '2022-05-01',
    kind: 'cyclist-counter',
    technology: ['induction-loop'],
    measures: { en: 'Bicycles per direction per 15 minutes.' },
    dataTypes: ['counts'],
    personalData: false,
    purposes: ['mobility'],
    processing: ['aggregated'],
    retention: 'P5Y',
    storage: ['city-data-centre'],
    access: ['accountable-organisation', 'open-data'],
    organisation: 'city-of-lindenhaven',
    location: { type: 'point', lat: 52.11, lng: 5.105, description: { en: 'In the cycle path.' } },
    mountedOn: 'underground',
    signage: 'no',
    security: {
      encryptedInTransit: 'no',
      encryptedAtRest: 'no',
      updates: 'remote',
      signedUpdates: true,
      supportUntil: '2030-12-31',
      network: 'separated',
      disclosurePolicy: 'https://www.vendor.example/security',
      conformity: [],
      lastIndependentReview: 'none',
    },
    history: [{ date: '2022-04-12', type: 'registered', note: { en: 'Registered.' } }],
    created: '2022-04-12',
    updated: '2022-04-12',
    factsChecked: { date: '2026-06-01', team: { en: 'Mobility team', nl: 'Team mobiliteit', ar: 'فريق التنقل' } },
    ...overrides,
  };
}
