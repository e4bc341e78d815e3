/**
 * The city profile. A city that forks this site edits this file and content/; nothing else
 * should need to change. Validated when the site builds: a mistake stops the build with a
 * message naming the field.
 */
import { citySchema, type CityInput } from './src/schemas/city.ts';
import { formatSchemaError, stopWithContentError } from './src/schemas/format-error.ts';

const profile: CityInput = {
  name: { en: 'Lindenhaven', nl: 'Lindenhaven', ar: 'ليندنهافن' },
  publisher: { en: 'Municipality of Lindenhaven', nl: 'Gemeente Lindenhaven', ar: 'بلدية ليندنهافن' },
  siteUrl: 'https://privacy.lindenhaven.example',
  locales: [
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'nl', name: 'Nederlands', dir: 'ltr' },
    { code: 'ar', name: 'العربية', dir: 'rtl' },
  ],
  defaultLocale: 'en',
  contacts: {
    privacy: {
      email: 'privacy@lindenhaven.example',
      name: {
        en: 'Data protection officer',
        nl: 'Functionaris gegevensbescherming',
        ar: 'مسؤول حماية البيانات',
      },
    },
    cert: {
      email: 'cert@lindenhaven.example',
      name: { en: 'CERT Lindenhaven', nl: 'CERT Lindenhaven', ar: 'فريق CERT Lindenhaven' },
    },
    register: {
      email: 'sensors@lindenhaven.example',
      name: { en: 'Sensor register team', nl: 'Team sensorregister', ar: 'فريق سجل أجهزة الاستشعار' },
    },
    web: {
      email: 'web@lindenhaven.example',
      name: { en: 'Web team', nl: 'Webteam', ar: 'فريق الموقع' },
    },
  },
  reviewPeriodMonths: 12,
  securityTxtExpires: '2027-11-30T00:00:00Z',
  openDataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  factsCheckedMaxAgeMonths: 12,
  map: {
    centre: [52.0907, 5.1214],
    zoom: 13,
    bounds: [
      [52.05, 5.05],
      [52.13, 5.19],
    ],
  },
  // The demo city shows the editor; a city that forks the site decides (docs/editing.md).
  editor: {
    enabled: true,
    backend: {
      name: 'gitlab',
      repo: 'web/privacy-site',
      branch: 'main',
      apiRoot: 'https://git.lindenhaven.example/api/v4',
      baseUrl: 'https://git.lindenhaven.example',
      appId: 'lindenhaven-privacy-site-editor',
    },
  },
};

const parsed = citySchema.safeParse(profile);
if (!parsed.success) stopWithContentError(formatSchemaError('city.config.ts', parsed.error));

export const city = parsed.data;
