import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../lib/register/exports.ts';
import { siteExportContext, siteRegister } from '../../site/register.ts';

/** DCAT-AP catalogue of the open-data files, for data portals. */
export const GET: APIRoute = () => {
  const register = siteRegister();
  const modified = register.entries.reduce(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    '1970-01-01',
  );
  return new Response(dcatCatalog(register, siteExportContext(), modified), {
    headers: { 'Content-Type': 'application/ld+json' },
  });
};
