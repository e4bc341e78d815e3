import type { APIRoute } from 'astro';
import { registerGeoJson } from '../../lib/register/exports.ts';
import { siteExportContext, siteRegister } from '../../site/register.ts';

/** The register's locations as RFC 7946 GeoJSON (open data). */
export const GET: APIRoute = () =>
  new Response(registerGeoJson(siteRegister(), siteExportContext()), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
