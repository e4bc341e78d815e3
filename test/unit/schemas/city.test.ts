import { describe, expect, it } from 'vitest';
import { city } from '../../../src/site/city.ts';
import { citySchema } from '../../../src/schemas/city.ts';
import { formatSchemaError } from '../../../src/schemas/format-error.ts';

function errorsOf(change: (profile: Record<string, any>) => void): string {
  const profile = structuredClone(city) as Record<string, any>;
  change(profile);
  const result = citySchema.safeParse(profile);
  return result.success ? '' : formatSchemaError('city.config.ts', result.error);
}

describe('city profile', () => {
  it('the demo city is valid', () => {
    expect(citySchema.safeParse(city).success).toBe(true);
  });
  it('names the field of a bad e-mail address', () => {
    expect(errorsOf((p) => (p['contacts'].cert.email = 'cert at city'))).toContain(
      'city.config.ts: contacts.cert.email: Use a full e-mail address',
    );
  });
  it('requires https for the site address', () => {
    expect(errorsOf((p) => (p['siteUrl'] = 'http://city.example'))).toContain('siteUrl: Use an https:// address.');
  });
  it('requires the default language to be one of the languages', () => {
    expect(errorsOf((p) => (p['defaultLocale'] = 'fr'))).toContain(
      'defaultLocale: "fr" is not one of the locales (en, nl, ar).',
    );
  });
  it('requires a name in every language', () => {
    expect(errorsOf((p) => delete p['contacts'].web.name.ar)).toContain('contacts.web.name: Add a text for: ar.');
  });
  it('refuses a language listed twice', () => {
    expect(errorsOf((p) => p['locales'].push({ code: 'nl', name: 'Nederlands', dir: 'ltr' }))).toContain(
      'locales: Each language may be listed once.',
    );
  });
  it('refuses control characters in a text of the profile, naming the field and the character', () => {
    expect(errorsOf((p) => (p['name'].en = 'Linden\u0007haven\u001b[2J'))).toBe(
      'Content error:\n  city.config.ts: name.en: Remove the invisible control character U+0007, U+001B at characters 7 and 13: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.',
    );
  });
  it('refuses direction controls in every text of the profile', () => {
    expect(errorsOf((p) => (p['name'].ar = 'ليندن\u202Eهافن'))).toContain(
      'city.config.ts: name.ar: Remove the direction control U+202E at character 6:',
    );
    expect(errorsOf((p) => (p['publisher'].nl = '\u2067Gemeente\u2069'))).toContain(
      'city.config.ts: publisher.nl: Remove the direction control U+2067, U+2069 at characters 1 and 10:',
    );
    expect(errorsOf((p) => (p['contacts'].cert.name.en = 'CERT\u202D'))).toContain(
      'city.config.ts: contacts.cert.name.en: Remove the direction control U+202D',
    );
    expect(errorsOf((p) => (p['openDataLicence'].name = 'CC\u202EBY'))).toContain(
      'city.config.ts: openDataLicence.name:',
    );
    expect(errorsOf((p) => (p['locales'][0].name = 'Eng\u0000lish'))).toContain('city.config.ts: locales.0.name:');
  });
  it('refuses a text nobody can see', () => {
    expect(errorsOf((p) => (p['contacts'].web.name.nl = '\u200B\u00A0'))).toBe(
      'Content error:\n  city.config.ts: contacts.web.name.nl: This text is only invisible characters: write a text readers can see.',
    );
  });
  it('keeps Arabic names with direction marks, which the site needs none of but may carry', () => {
    expect(errorsOf((p) => (p['name'].ar = 'ليندنهافن\u200F'))).toBe('');
  });
});
