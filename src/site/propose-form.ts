import { city } from './city.ts';
import { siteRegister } from './register.ts';
import en from '../i18n/locales/en.json';
import type { Translate } from '../i18n/index.ts';
import { districtsMiddle, polygonsOf } from '../lib/register/district-shapes.ts';
import type { DistrictFeature } from '../schemas/district.ts';
import { pick } from '../lib/localized.ts';
import { ENCRYPTION_TERMS, type TermField } from '../lib/register/proposal/proposal-values.ts';
import { sensorFieldVocabulary } from '../lib/register/vocabularies.ts';
import type { ProposeData, StringTable } from '../islands/register-propose/strings.ts';

/** The string keys the proposal form uses: its own, and the sensor page's field and value labels. */
const FORM_KEYS = /^(propose\.|field\.|security\.(field|updates|network|conformity)\.|status\.|value\.yes$|value\.no$)/;

/** The form's words in one language, ready for the island. */
export function proposeStrings(t: Translate): StringTable {
  return Object.fromEntries(
    Object.keys(en)
      .filter((key) => FORM_KEYS.test(key))
      .map((key) => [key, t(key as Parameters<Translate>[0])]),
  );
}

/**
 * The middle of the city's districts, as an example of the coordinates the form asks for. (The
 * words are `latitude` and `longitude`: i18next fills `{{lng}}` with the language.)
 */
function exampleCoordinates(districts: readonly DistrictFeature[]): { latitude: string; longitude: string } {
  const middle = districtsMiddle(districts) ?? { lat: 0, lng: 0 };
  return { latitude: middle.lat.toFixed(4), longitude: middle.lng.toFixed(4) };
}

/** What the form offers in one language: terms by their labels, organisations, districts with their shapes. */
export function proposeData(locale: string): ProposeData {
  const register = siteRegister();
  const text = (value: Record<string, string>) => pick(value, locale, city.defaultLocale).value;
  const encryptionTerms: string[] = Object.values(ENCRYPTION_TERMS);
  const terms = Object.fromEntries(
    Object.entries(sensorFieldVocabulary).map(([field, vocabulary]) => [
      field,
      register.vocabularies[vocabulary]
        // Encryption is answered once, in the security part; the form adds these terms from it.
        .filter((term) => field !== 'processing' || !encryptionTerms.includes(term.id))
        .map((term) => ({ value: term.id, label: text(term.label) })),
    ]),
  ) as Record<TermField, ProposeData['terms'][TermField]>;
  return {
    exampleCoordinates: exampleCoordinates(register.districts),
    locales: city.locales.map(({ code, name, dir }) => ({ code, name, dir })),
    defaultLocale: city.defaultLocale,
    terms,
    legalBases: register.legalBases.map((basis) => ({
      value: basis.id,
      label: `${text(basis.label)} (GDPR ${basis.article})`,
    })),
    organisations: register.organisations.map((organisation) => ({
      value: organisation.id,
      label: text(organisation.name),
    })),
    districts: register.districts.map((district) => ({
      value: district.properties.id,
      label: text(district.properties.name),
      polygons: polygonsOf(district),
    })),
    personalDataTypes: register.vocabularies['data-types']
      .filter((term) => term.dtpr === 'personal')
      .map((term) => term.id),
    registerEmail: city.contacts.register.email,
  };
}
