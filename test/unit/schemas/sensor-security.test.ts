import { describe, expect, it } from 'vitest';
import { sensorSchema } from '../../../src/schemas/sensor.ts';
import { attackerDetailIn } from '../../../src/schemas/attacker-details.ts';
import { validEntry } from '../../support/content-tree.ts';

const security = validEntry()['security'] as Record<string, unknown>;
const withSecurity = (changes: Record<string, unknown>, entry: Record<string, unknown> = {}) =>
  validEntry({ ...entry, security: { ...security, ...changes } });
const messages = (data: unknown) => {
  const result = sensorSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('security facts', () => {
  it('accept a complete, consistent entry', () => {
    expect(messages(validEntry())).toEqual([]);
  });

  it.each(['firmwareVersion', 'ipAddress', 'openPorts', 'model', 'knownVulnerabilities', 'macAddress'])(
    'refuse a field that helps an attacker: %s, in the security facts and at the top level',
    (field) => {
      expect(messages(withSecurity({ [field]: 'x' })).join('\n')).toMatch(/security.*Unrecognized key|unrecognized/i);
      expect(messages(validEntry({ [field]: 'x' })).join('\n')).toMatch(/Unrecognized key|unrecognized/i);
    },
  );

  it.each([
    ['an IP address', 'It is reachable at 10.20.30.40 for maintenance.'],
    ['an IPv6 address', 'Its address is 2001:db8:0:0:1:0:0:1 on the city network.'],
    ['a port number', 'Remote access uses port 8443.'],
    ['a port number', 'Beheer gaat via poort 23.'],
    ['a vulnerability id', 'Still affected by CVE-2024-12345 until replaced.'],
    ['a software or firmware version', 'It runs firmware 2.4.1, which is up to date.'],
    ['a software or firmware version', 'Updated to v3.1 last month.'],
  ])('refuse %s written into a note: "%s"', (what, text) => {
    const problems = messages(withSecurity({ note: { en: text } }));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^security\\.note\\.en: .*${what}`)));
    expect(messages(validEntry({ summary: { en: text } }))).toContainEqual(expect.stringMatching(/^summary\.en: /));
  });

  it('let plain descriptions through', () => {
    for (const text of [
      'Measures PM2.5 and PM10 every hour.',
      'Replaced in spring 2027; support ends on 2027-06-30.',
      'The software detects people as dots.',
      'Tellingen per 15 minuten, 24 uur per dag.',
    ])
      expect(attackerDetailIn(text)).toBeUndefined();
  });

  it('keep encryption in step with the processing terms', () => {
    expect(messages(withSecurity({ encryptedInTransit: 'yes' }))).toContainEqual(
      'security.encryptedInTransit: security.encryptedInTransit is "yes": add "encrypted-in-transit" to processing as well.',
    );
    expect(messages(withSecurity({}, { processing: ['aggregated', 'encrypted-at-rest'] }))).toContainEqual(
      'security.encryptedAtRest: security.encryptedAtRest is "no" but processing lists "encrypted-at-rest": correct one of the two.',
    );
    expect(messages(withSecurity({ encryptedInTransit: 'partly' }, { processing: ['encrypted-in-transit'] }))).toEqual(
      [],
    );
  });

  it('refuse signed updates on a device that cannot be updated, and unknown values', () => {
    expect(messages(withSecurity({ updates: 'none' }))).toContainEqual(
      expect.stringMatching(/^security\.signedUpdates: This device cannot be updated/),
    );
    expect(messages(withSecurity({ encryptedInTransit: 'maybe' }))).toContainEqual(
      expect.stringMatching(/^security\.encryptedInTransit: /),
    );
    expect(messages(withSecurity({ supportUntil: 'soon' }))).toContainEqual(
      'security.supportUntil: Write the last day of vendor support as YYYY-MM-DD, or "not-stated".',
    );
    expect(messages(withSecurity({ disclosurePolicy: 'http://vendor.example/security' }))).toContainEqual(
      expect.stringMatching(/^security\.disclosurePolicy: .*https:\/\//),
    );
  });

  it('are required: an entry must say how the device is secured, even if the answer is a gap', () => {
    const { security: _security, ...entry } = validEntry();
    expect(messages(entry)).toContainEqual(expect.stringMatching(/^security: /));
  });
});
