import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../src/lib/register/check-entry.ts';
import { readRegister } from '../../../src/lib/register/load-register.ts';
import {
  checkProposal,
  coordinateExample,
  type ProposalDistrict,
} from '../../../src/lib/register/proposal/check-proposal.ts';
import { proposalEntry, retentionOf, suggestedId } from '../../../src/lib/register/proposal/proposal-entry.ts';
import {
  MAILTO_MAX_LENGTH,
  proposalFile,
  proposalFileName,
  proposalFileText,
  proposalMailto,
} from '../../../src/lib/register/proposal/proposal-file.ts';
import type { ProposalValues } from '../../../src/lib/register/proposal/proposal-values.ts';
import { demoCopy, runImport } from '../../support/import-run.ts';

const TODAY = '2026-11-30';
const locales = ['en', 'nl', 'ar'];
const context = { locales, defaultLocale: 'en', today: TODAY };
const demo = readRegister('content').register;
const districts: ProposalDistrict[] = demo.districts.map((district) => ({
  id: district.properties.id,
  polygons: (district.geometry.type === 'Polygon'
    ? [district.geometry.coordinates]
    : district.geometry.coordinates) as ProposalDistrict['polygons'],
}));
const checkContext = { ...context, districts, personalDataTypes: ['personal', 'device-identifiers', 'licence-plates'] };

/** What a contractor fills in for a camera at a crossing that reads licence plates. */
function proposal(overrides: ProposalValues = {}): ProposalValues {
  return {
    'name.en': 'Bus lane camera Lakenstraat',
    'name.nl': 'Busbaancamera Lakenstraat',
    'name.ar': 'كاميرا مسار الحافلات في Lakenstraat',
    'summary.en': 'A camera that reads the licence plates of cars entering the bus lane.',
    status: 'planned',
    activeFrom: '2027-03-01',
    kind: 'anpr-camera',
    technology: ['video-camera', 'infrared-camera'],
    'measures.en': 'Licence plates of vehicles that enter the bus lane.',
    dataTypes: ['licence-plates', 'images'],
    personalData: 'yes',
    legalBasis: 'public-task',
    'legalSource.en': 'Road Traffic Act, article 5',
    privacyStatement: 'https://www.lindenhaven.example/privacy/cameras',
    dpia: 'done',
    dpiaUrl: 'https://www.lindenhaven.example/dpia/bus-lane',
    purposes: ['enforcement', 'mobility'],
    processing: ['computer-vision', 'human-review'],
    retentionKept: 'yes',
    retentionAmount: '72',
    retentionUnit: 'H',
    storage: ['city-data-centre'],
    access: ['accountable-organisation'],
    organisation: 'city-of-lindenhaven',
    vendor: 'Kentekenwerk B.V.',
    locationType: 'point',
    lat: '52,11',
    lng: '5.105',
    'locationDescription.en': 'On the traffic light at the start of the bus lane.',
    mountedOn: 'traffic-light',
    signage: 'planned',
    encryptedInTransit: 'yes',
    encryptedAtRest: 'no',
    updates: 'remote',
    signedUpdates: 'yes',
    supportUntil: '2031-12-31',
    network: 'separated',
    disclosurePolicy: '',
    conformity: ['en-18031'],
    lastIndependentReview: '',
    'team.en': 'Mobility team',
    proposerName: 'Samira de Vries',
    proposerEmail: 'samira.devries@kentekenwerk.example',
    proposerPhone: '+31 30 123 4567',
    ...overrides,
  };
}

/** The entry as the importer completes a new device, checked with the register's own rules. */
function registerIssues(values: ProposalValues) {
  const entry = {
    ...proposalEntry(values, context),
    history: [{ date: TODAY, type: 'registered', note: { en: 'Added to the register.' } }],
    created: TODAY,
    updated: TODAY,
  };
  return checkEntry(entry, 'proposed', { ...demo, today: TODAY }).issues;
}

describe('proposing a device', () => {
  it('accepts a complete proposal, and the register accepts the entry it makes', () => {
    expect(checkProposal(proposal(), checkContext)).toEqual([]);
    expect(registerIssues(proposal())).toEqual([]);
  });

  it('writes the register fields, adding the encryption terms from the security answers', () => {
    const entry = proposalEntry(proposal(), context);
    expect(entry['processing']).toEqual(['computer-vision', 'human-review', 'encrypted-in-transit']);
    expect(entry['retention']).toBe('PT72H');
    expect(entry['location']).toEqual({
      type: 'point',
      lat: 52.11,
      lng: 5.105,
      description: { en: 'On the traffic light at the start of the bus lane.' },
    });
    expect(entry['security']).toEqual({
      encryptedInTransit: 'yes',
      encryptedAtRest: 'no',
      updates: 'remote',
      signedUpdates: true,
      supportUntil: '2031-12-31',
      network: 'separated',
      disclosurePolicy: 'none',
      conformity: ['en-18031'],
      lastIndependentReview: 'none',
    });
    expect(entry['factsChecked']).toEqual({ date: TODAY, team: { en: 'Mobility team' } });
    expect(entry).not.toHaveProperty('history');
    expect(JSON.stringify(entry)).not.toContain('Samira');
  });

  it('refuses what the register refuses, at the field the owner typed it in', () => {
    const refused: [ProposalValues, string, string][] = [
      [{ 'name.en': 'x'.repeat(121) }, 'name.en', 'tooLong'],
      [{ 'name.ar': 'كاميرا \u202Egpj.exe' }, 'name.ar', 'directionControl'],
      [{ 'summary.nl': 'Camera op 10.0.0.12 in het netwerk.' }, 'summary.nl', 'attackerDetail'],
      [{ legalBasis: '' }, 'legalBasis', 'chooseOne'],
      [{ privacyStatement: 'http://www.lindenhaven.example/privacy' }, 'privacyStatement', 'httpsUrl'],
      [{ privacyStatement: 'https://admin:hunter2@10.0.0.5:8443/privacy' }, 'privacyStatement', 'linkCredentials'],
      [{ privacyStatement: 'https://intranet.lindenhaven.internal/privacy' }, 'privacyStatement', 'privateLink'],
      [{ disclosurePolicy: 'https://192.168.1.20:8080/cvd' }, 'disclosurePolicy', 'privateLink'],
      [{ dpiaUrl: 'https://127.0.0.1:8080/' }, 'dpiaUrl', 'privateLink'],
      [{ contact: 'https://100.64.0.7/contact' }, 'contact', 'privateLink'],
      [{ dpiaUrl: '' }, 'dpiaUrl', 'required'],
      [{ lat: '51.5', lng: '4.2' }, 'lat', 'outsideDistricts'],
      [{ retentionAmount: '101', retentionUnit: 'Y' }, 'retentionAmount', 'retentionTooLong'],
      [{ retentionAmount: '99999999999999999999', retentionUnit: 'Y' }, 'retentionAmount', 'retentionTooLong'],
      [{ retentionAmount: '876001', retentionUnit: '' }, 'retentionAmount', 'retentionTooLong'],
      [{ purposes: ['other'] }, 'otherDetails.purposes.en', 'required'],
      [{ technology: [] }, 'technology', 'chooseAtLeastOne'],
      [{ personalData: 'no' }, 'personalData', 'personalDataTypes'],
      [{ activeFrom: '2027-02-30' }, 'activeFrom', 'date'],
      [{ 'team.en': '' }, 'team.en', 'required'],
    ];
    for (const [overrides, field, problem] of refused) {
      expect(checkProposal(proposal(overrides), checkContext), JSON.stringify(overrides)).toEqual([
        { field, problem, ...(problem === 'tooLong' ? { limit: 120 } : {}) },
      ]);
      expect(registerIssues(proposal(overrides)).length, JSON.stringify(overrides)).toBeGreaterThan(0);
    }
  });

  it('gives each coordinate an example of its own kind', () => {
    const middle = { latitude: '52.0900', longitude: '5.1200' };
    const issues = checkProposal(proposal({ lat: 'north', lng: 'east' }), checkContext);
    expect(issues).toEqual([
      { field: 'lat', problem: 'number' },
      { field: 'lng', problem: 'number' },
    ]);
    expect(issues.map((issue) => coordinateExample(issue.field, middle))).toEqual(['52.0900', '5.1200']);
  });

  it('leaves out, unchecked, what the owner typed and then hid by changing an answer', () => {
    const hidden = proposal({
      personalData: 'no',
      dataTypes: ['counts'],
      'legalSource.en': '<b>Road Traffic Act</b>',
      dpia: 'planned',
      dpiaUrl: 'not a link',
      'otherDetails.purposes.en': 'Version v2.1 of the counter',
      locationType: 'area',
      districts: ['centrum', 'zuidwijk'],
      lat: 'north',
      retentionKept: 'no',
      retentionAmount: '0',
      updates: 'none',
    });
    expect(checkProposal(hidden, checkContext)).toEqual([]);
    const entry = proposalEntry(hidden, context);
    expect(entry).not.toHaveProperty('legalBasis');
    expect(entry).not.toHaveProperty('privacyStatement');
    expect(entry).not.toHaveProperty('otherDetails');
    expect(entry['dpia']).toEqual({ status: 'planned' });
    expect(entry['retention']).toBe('none');
    expect(entry['location']).toEqual({
      type: 'area',
      districts: ['centrum', 'zuidwijk'],
      description: { en: 'On the traffic light at the start of the bus lane.' },
    });
    expect((entry['security'] as Record<string, unknown>)['signedUpdates']).toBe(false);
    expect(registerIssues(hidden)).toEqual([]);
  });

  it('refuses a security review dated after today, which the register lets through', () => {
    expect(checkProposal(proposal({ lastIndependentReview: '2027-01-01' }), checkContext)).toEqual([
      { field: 'lastIndependentReview', problem: 'dateInFuture' },
    ]);
  });

  it('refuses markup and hidden characters in any text, in any language', () => {
    expect(checkProposal(proposal({ 'measures.nl': '<script>alert(1)</script>' }), checkContext)).toEqual([
      { field: 'measures.nl', problem: 'markup' },
    ]);
    expect(checkProposal(proposal({ 'sharing.ar': 'مع \u2067الشرطة\u2069' }), checkContext)).toEqual([
      { field: 'sharing.ar', problem: 'directionControl' },
    ]);
    expect(checkProposal(proposal({ vendor: 'Kenteken\u0007werk' }), checkContext)).toEqual([
      { field: 'vendor', problem: 'controlCharacter' },
    ]);
    expect(checkProposal(proposal({ 'summary.en': 'A camera <img src=x onerror=alert(1)' }), checkContext)).toEqual([
      { field: 'summary.en', problem: 'markup' },
    ]);
    // Comparisons are text, not tags.
    expect(
      checkProposal(proposal({ 'measures.en': 'Counts below 5 are < 1 % of the day; a < b and c > d.' }), checkContext),
    ).toEqual([]);
  });

  it('asks the proposer for a name and a way to reach them, and nothing else about them', () => {
    expect(checkProposal(proposal({ proposerName: '', proposerEmail: '', proposerPhone: '' }), checkContext)).toEqual([
      { field: 'proposerName', problem: 'required' },
      { field: 'proposerEmail', problem: 'reachProposer' },
    ]);
    expect(checkProposal(proposal({ proposerEmail: 'samira@', proposerPhone: '' }), checkContext)).toEqual([
      { field: 'proposerEmail', problem: 'email' },
    ]);
  });

  it('suggests an id from the default-language name, as the register writes ids', () => {
    expect(suggestedId('Café-teller Brug (Noord)')).toBe('cafe-teller-brug-noord');
    expect(suggestedId('كاميرا')).toBe('proposed-device');
    expect(suggestedId('Stats')).toBe('stats-device');
    expect(suggestedId('word '.repeat(30)).length).toBeLessThanOrEqual(60);
    expect(retentionOf({ retentionKept: 'no' })).toBe('none');
    expect(retentionOf({ retentionKept: 'yes', retentionAmount: '6', retentionUnit: 'M' })).toBe('P6M');
  });

  it('puts the proposal in the e-mail when it fits, and asks for the file when it does not', () => {
    const words = { subject: 'Proposal', intro: 'The proposal:', attach: 'Please see the attached file.' };
    const short = proposalFile(
      proposal({ 'name.nl': '', 'name.ar': '', 'legalSource.en': '', 'summary.en': 'A camera.' }),
      context,
    );
    const small = proposalMailto('sensors@lindenhaven.example', { ...short, entries: [{ id: 'x' }] }, words);
    expect(small.inBody).toBe(true);
    expect(decodeURIComponent(small.href)).toContain('"proposedBy"');
    const full = proposalMailto('sensors@lindenhaven.example', proposalFile(proposal(), context), words);
    expect(full).toEqual({
      href: 'mailto:sensors@lindenhaven.example?subject=Proposal&body=Please%20see%20the%20attached%20file.',
      inBody: false,
    });
    expect(proposalMailto('sensors@lindenhaven.example', short, words).href.length).toBeLessThanOrEqual(
      MAILTO_MAX_LENGTH,
    );
  });

  it('makes a file the importer accepts, and the proposer’s contact never reaches the register', () => {
    const dir = demoCopy();
    const file = proposalFile(proposal(), context);
    expect(proposalFileName(file)).toBe('proposal-bus-lane-camera-lakenstraat.json');
    const path = join(dir, proposalFileName(file));
    writeFileSync(path, proposalFileText(file));
    const result = runImport(dir, path, '--date', TODAY);
    expect(result.err).toBe('');
    expect(result.out).toContain('1 new, 0 changed');
    expect(result.out).toContain(
      'Not imported: "proposedBy", whom to contact about this proposal. It stays in the file only: delete the file when the device is settled.',
    );
    const written = readFileSync(join(dir, 'register', 'bus-lane-camera-lakenstraat.yaml'), 'utf8');
    expect(written).toContain('Bus lane camera Lakenstraat');
    for (const personal of ['Samira', 'samira.devries@kentekenwerk.example', '123 4567', 'proposedBy'])
      expect(written).not.toContain(personal);
    const reread = readRegister(dir, dir);
    expect(reread.errors).toEqual([]);
    expect(reread.register.entries.find((entry) => entry.id === 'bus-lane-camera-lakenstraat')?.districts).toEqual([
      'centrum',
    ]);
  });
});
