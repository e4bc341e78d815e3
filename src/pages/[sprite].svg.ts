import type { APIRoute } from 'astro';
import { iconSprite, iconSpriteFile } from '../lib/icon-sprite.ts';

/** The icon sprite, `/icons.<hash>.svg` (see src/lib/icon-sprite.ts). */
export function getStaticPaths() {
  return [{ params: { sprite: iconSpriteFile.replace(/\.svg$/, '') } }];
}

export const GET: APIRoute = () => new Response(iconSprite, { headers: { 'Content-Type': 'image/svg+xml' } });
