import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { changedFacts } from '../../../src/lib/register/changes/facts.ts';
import { flagReason } from '../../../src/tooling/register/changes/flags.ts';
import { editEntryText } from '../../../src/lib/register/import/yaml-edit.ts';

const locales = ['en', 'nl', 'ar'];
const flags = (before: object, after: object) =>
  changedFacts(before, after).map((change) => [change.fact.path.join('.'), flagReason(change, locales, 'en')]);

describe('flagged changes', () => {
  it('flags what makes a device look less intrusive or better secured, or keeps data longer', () => {
    expect(flags({ personalData: true, retention: 'P28D' }, { personalData: false, retention: 'P7D' })).toEqual([
      ['personalData', 'says the device no longer processes personal data'],
      ['retention', undefined],
    ]);
    expect(
      flags({ retention: 'P28D', dataTypes: ['images', 'counts'] }, { retention: 'none', dataTypes: ['counts'] }),
    ).toEqual([
      ['dataTypes', 'removes data types it collects (images)'],
      ['retention', 'says no data is kept any more'],
    ]);
    expect(flags({ legalBasis: { basis: 'consent' } }, { legalBasis: { basis: 'public-task' } })).toEqual([
      ['legalBasis.basis', 'changes the legal basis'],
    ]);
    const security = {
      encryptedInTransit: 'partly',
      encryptedAtRest: 'yes',
      updates: 'on-site',
      signedUpdates: false,
      supportUntil: 'not-stated',
      network: 'shared',
      disclosurePolicy: 'none',
      conformity: [],
      lastIndependentReview: '2024-01-01',
    };
    const better = {
      encryptedInTransit: 'yes',
      encryptedAtRest: 'partly',
      updates: 'remote',
      signedUpdates: true,
      supportUntil: '2030-01-01',
      network: 'separated',
      disclosurePolicy: 'https://vendor.example/security',
      conformity: ['en-18031'],
      lastIndependentReview: '2025-01-01',
    };
    expect(flags({ security }, { security: better })).toEqual([
      ['security.encryptedInTransit', 'claims stronger encryption'],
      ['security.encryptedAtRest', undefined],
      ['security.updates', 'claims better security updates'],
      ['security.signedUpdates', 'claims signed updates'],
      ['security.supportUntil', 'claims longer vendor support'],
      ['security.network', 'claims a better separated network'],
      ['security.disclosurePolicy', 'claims a vulnerability disclosure policy'],
      ['security.conformity', 'claims conformity with en-18031'],
      ['security.lastIndependentReview', 'claims a newer independent review'],
    ]);
  });

  it('flags a default-language text rewritten while translations stay, not a corrected translation', () => {
    expect(
      flags({ summary: { en: 'Plates.', nl: 'Kentekens.' } }, { summary: { en: 'Sound.', nl: 'Kentekens.' } }),
    ).toEqual([['summary', 'changes the en text while nl still says the old one']]);
    expect(
      flags({ summary: { en: 'Plates.', nl: 'Kenteken.' } }, { summary: { en: 'Plates.', nl: 'Kentekens.' } }),
    ).toEqual([['summary', undefined]]);
  });
});

describe('editing an entry file', () => {
  const original = readFileSync('content/register/anpr-centrum-01.yaml', 'utf8');
  const data = parse(original) as Record<string, unknown>;

  it('changes only the lines of what changed, in their own style', () => {
    const security = { ...(data['security'] as object), encryptedAtRest: 'partly' };
    const edited = editEntryText(original, {
      ...data,
      signage: 'planned',
      security,
      technology: ['infrared-camera', 'video-camera'],
    });
    const changed = edited.split('\n').filter((line, index) => line !== original.split('\n')[index]);
    expect(changed).toEqual([
      'technology: [infrared-camera, video-camera]',
      'signage: "planned"',
      '  encryptedAtRest: "partly"',
    ]);
  });

  it('puts a new field in its schema place and removes a field with its lines', () => {
    const { sharing: _sharing, ...rest } = data;
    const edited = editEntryText(original, { ...rest, activeUntil: '2027-01-01' });
    expect(edited).toContain('activeFrom: 2020-01-01\nactiveUntil: 2027-01-01\nkind: anpr-camera\n');
    expect(edited).not.toContain('sharing:');
    expect(parse(edited)).toEqual({ ...rest, activeUntil: '2027-01-01' });
    expect(edited.split('\n').length).toBe(original.split('\n').length + 1 - 4);
  });
});
