import type { APIRoute } from 'astro';
import { registerCsv } from '../../lib/register/exports.ts';
import { siteExportContext, siteRegister } from '../../site/register.ts';

/** The register as flat CSV columns, safe to open in a spreadsheet (open data). */
export const GET: APIRoute = () =>
  new Response(registerCsv(siteRegister(), siteExportContext()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
