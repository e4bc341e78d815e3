import type { APIRoute } from 'astro';
import { dtprJson } from '../../../lib/register/exports.ts';
import type { RegisterEntry } from '../../../lib/register/load-register.ts';
import { siteExportContext, siteRegister } from '../../../site/register.ts';

/** One device's DTPR datachain (open data). */
export function getStaticPaths() {
  return siteRegister().entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(dtprJson((props as { entry: RegisterEntry }).entry, siteRegister(), siteExportContext()), {
    headers: { 'Content-Type': 'application/json' },
  });
