/**
 * The city profile (city.config.ts, validated by src/schemas/city.ts). Code that needs the city
 * imports it from here: src/site/ is the one layer that knows where the site's data comes from,
 * and src/lib takes the city's values as parameters.
 */
import { city } from '../../city.config.ts';

export { city };

/** The site's language codes and its default language, as src/lib functions take them. */
export const siteLanguages = {
  locales: city.locales.map((locale) => locale.code),
  defaultLocale: city.defaultLocale,
};
