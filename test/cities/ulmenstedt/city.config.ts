/**
 * The city profile of Ulmenstedt, an invented German town: the second city that the tests build
 * (npm run city:build -- test/cities/ulmenstedt). It sits at the project's root in the copy that
 * is built, so its imports are written from there.
 */
import { citySchema, type CityInput } from './src/schemas/city.ts';
import { formatSchemaError, stopWithContentError } from './src/schemas/format-error.ts';

const profile: CityInput = {
  name: { de: 'Ulmenstedt', en: 'Ulmenstedt' },
  publisher: { de: 'Stadt Ulmenstedt', en: 'City of Ulmenstedt' },
  siteUrl: 'https://datenschutz.ulmenstedt.example',
  locales: [
    { code: 'de', name: 'Deutsch', dir: 'ltr' },
    { code: 'en', name: 'English', dir: 'ltr' },
  ],
  defaultLocale: 'de',
  contacts: {
    privacy: {
      email: 'datenschutz@ulmenstedt.example',
      name: { de: 'Datenschutzbeauftragte der Stadt', en: 'Data protection officer' },
    },
    cert: {
      email: 'cert@ulmenstedt.example',
      name: { de: 'CERT Ulmenstedt', en: 'CERT Ulmenstedt' },
    },
    register: {
      email: 'sensoren@ulmenstedt.example',
      name: { de: 'Team Sensorregister', en: 'Sensor register team' },
    },
    web: {
      email: 'web@ulmenstedt.example',
      name: { de: 'Webredaktion', en: 'Web team' },
    },
  },
  reviewPeriodMonths: 12,
  securityTxtExpires: '2027-11-30T00:00:00Z',
  openDataLicence: {
    name: 'Datenlizenz Deutschland – Namensnennung – 2.0',
    url: 'https://www.govdata.de/dl-de/by-2-0',
  },
  factsCheckedMaxAgeMonths: 12,
  map: {
    centre: [50.702, 9.2],
    zoom: 14,
    bounds: [
      [50.68, 9.16],
      [50.725, 9.24],
    ],
  },
};

const parsed = citySchema.safeParse(profile);
if (!parsed.success) stopWithContentError(formatSchemaError('city.config.ts', parsed.error));

export const city = parsed.data;
