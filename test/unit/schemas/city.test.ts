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
});
