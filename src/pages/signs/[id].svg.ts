import type { APIRoute } from 'astro';
import { signContent } from '../../components/register/sign-content.ts';
import type { RegisterEntry } from '../../lib/register/load-register.ts';
import { signSvg } from '../../lib/register/sign.ts';
import { siteRegister } from '../../site/register.ts';

/** A printable A5 street sign with a QR code, per device. */
export function getStaticPaths() {
  return siteRegister().entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(signSvg(signContent((props as { entry: RegisterEntry }).entry)), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
