import type { Position } from '../../lib/geo.ts';
import type { TermField } from '../../lib/register/proposal/proposal-values.ts';
import type { FormLocale, Option } from './fields.tsx';

/**
 * The page's words, already translated at build time (islands have no i18next), by their keys
 * in src/i18n/locales: the field labels of the sensor page (`field.*`, `security.*`) and the
 * form's own (`propose.*`). `{{name}}` placeholders are filled in the browser.
 */
export type StringTable = Record<string, string>;
export type Strings = (key: string, values?: Record<string, string | number>) => string;

/** Looks a key up and fills its placeholders; a missing key shows as itself, which the tests see. */
export function stringsOf(table: StringTable): Strings {
  return (key, values = {}) =>
    (table[key] ?? key).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** What the form offers and checks against: the city's languages, terms, organisations and districts. */
export interface ProposeData {
  /** The middle of the city, as decimal degrees: the example in the coordinates hint. */
  exampleCoordinates: { latitude: string; longitude: string };
  locales: FormLocale[];
  defaultLocale: string;
  terms: Record<TermField, Option[]>;
  legalBases: Option[];
  organisations: Option[];
  districts: (Option & { polygons: Position[][][] })[];
  /** Data types that are personal data (DTPR "personal"), which the check holds personalData to. */
  personalDataTypes: string[];
  /** The register team's address (city.config.ts, contacts.register). */
  registerEmail: string;
}
