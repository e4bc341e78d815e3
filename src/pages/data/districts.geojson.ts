import type { APIRoute } from 'astro';
import { districtsGeoJson } from '../../lib/register/exports.ts';
import { siteRegister } from '../../site/register.ts';

/** The city's districts (RFC 7946), for the register map and reuse. */
export const GET: APIRoute = () =>
  new Response(districtsGeoJson(siteRegister()), { headers: { 'Content-Type': 'application/geo+json' } });
