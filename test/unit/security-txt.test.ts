import { describe, expect, it } from 'vitest';
import { securityTxt } from '../../src/lib/security-txt.ts';

const input = {
  contactEmail: 'cert@city.example',
  expires: '2027-11-30T00:00:00Z',
  preferredLanguages: ['en', 'nl', 'ar'],
  siteUrl: 'https://privacy.city.example',
  policyPath: '/en/vulnerability-disclosure/',
};

describe('securityTxt', () => {
  it('has every field RFC 9116 asks for, one per line', () => {
    const text = securityTxt(input, new Date('2026-11-30T00:00:00Z'));
    expect(text.split('\n')).toEqual([
      'Contact: mailto:cert@city.example',
      'Expires: 2027-11-30T00:00:00Z',
      'Preferred-Languages: en, nl, ar',
      'Canonical: https://privacy.city.example/.well-known/security.txt',
      'Policy: https://privacy.city.example/en/vulnerability-disclosure/',
      '',
    ]);
  });
  it('refuses an expiry date in the past, naming the setting to change', () => {
    expect(() => securityTxt(input, new Date('2028-01-01T00:00:00Z'))).toThrow(/city\.config\.ts: securityTxtExpires/);
  });
  it('refuses an expiry that is not a date', () => {
    expect(() => securityTxt({ ...input, expires: 'next year' })).toThrow(/not a date/);
  });
});
