import type { APIRoute } from 'astro';
import { registerJson } from '../../lib/register/exports.ts';
import { siteExportContext, siteRegister } from '../../site/register.ts';

/** The whole register with every field (open data). */
export const GET: APIRoute = () =>
  new Response(registerJson(siteRegister(), siteExportContext()), { headers: { 'Content-Type': 'application/json' } });
