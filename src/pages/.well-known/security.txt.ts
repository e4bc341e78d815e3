import type { APIRoute } from 'astro';
import { city } from '../../site/city.ts';
import { securityTxt } from '../../lib/security-txt.ts';
import { localePath } from '../../lib/locales.ts';

/** RFC 9116 security contact, generated from the city profile. */
export const GET: APIRoute = () =>
  new Response(
    securityTxt({
      contactEmail: city.contacts.cert.email,
      expires: city.securityTxtExpires,
      preferredLanguages: city.locales.map((l) => l.code),
      siteUrl: city.siteUrl,
      policyPath: localePath(city.defaultLocale, 'vulnerability-disclosure'),
    }),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
