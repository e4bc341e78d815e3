import type { APIRoute } from 'astro';
import { siteRegister } from '../../lib/register/site-register.ts';

/** The city's districts (RFC 7946), for the register map and reuse. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify({ type: 'FeatureCollection', features: siteRegister().districts }), {
    headers: { 'Content-Type': 'application/geo+json' },
  });
