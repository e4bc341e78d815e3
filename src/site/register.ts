import { city } from './city.ts';
import { siteContentDir } from './content-dir.ts';
import type { ExportContext } from '../lib/register/exports.ts';
import { loadRegister, type Register, type RegisterEntry } from '../lib/register/load-register.ts';
import { nearbyFinder } from '../lib/register/nearby.ts';
import { sortForList } from '../lib/register/sort.ts';
import { labeller } from '../lib/register/terms.ts';

let cached: Register | undefined;
let findNearby: ReturnType<typeof nearbyFinder> | undefined;
const nearbyOf = new Map<string, ReturnType<ReturnType<typeof nearbyFinder>>>();
const listOrder = new Map<string, RegisterEntry[]>();

/**
 * The register the site is built from, read once per build. CONTENT_DIR points the build at
 * another content tree (the benchmark's generated registers, test fixtures); default `content`.
 */
export function siteRegister(): Register {
  cached ??= loadRegister(siteContentDir());
  return cached;
}

/** What the open-data exports say about the site, from the city profile. */
export function siteExportContext(): ExportContext {
  return {
    siteUrl: city.siteUrl,
    defaultLocale: city.defaultLocale,
    locales: city.locales.map((locale) => locale.code),
    licence: city.openDataLicence,
    publisher: city.publisher[city.defaultLocale]!,
  };
}

/** Devices near one device, from an index built once per build; found once for all languages. */
export function siteNearby(entry: RegisterEntry): ReturnType<ReturnType<typeof nearbyFinder>> {
  findNearby ??= nearbyFinder(siteRegister().entries);
  let near = nearbyOf.get(entry.id);
  if (!near) nearbyOf.set(entry.id, (near = findNearby(entry)));
  return near;
}

/** getStaticPaths for pages that exist per language per device. */
export function sensorPagePaths(
  locales: readonly string[],
): { params: { lang: string; id: string }; props: { entry: RegisterEntry } }[] {
  const { entries } = siteRegister();
  return locales.flatMap((lang) => entries.map((entry) => ({ params: { lang, id: entry.id }, props: { entry } })));
}

/** The plain list's order in a language, sorted once per build rather than once per list page. */
export function siteListOrder(locale: string): RegisterEntry[] {
  let sorted = listOrder.get(locale);
  if (!sorted) {
    const register = siteRegister();
    sorted = sortForList(register.entries, labeller(register, locale, city.defaultLocale).name, locale);
    listOrder.set(locale, sorted);
  }
  return sorted;
}
