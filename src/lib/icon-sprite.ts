import { createHash } from 'node:crypto';
import { iconPaths } from './icons.ts';

/**
 * Every icon as a <symbol> in one SVG file: pages point at it with <use>, so an icon's drawing is
 * downloaded once and cached, not repeated in the HTML of every page (about 1.5 KB gzip a page).
 */
export const iconSprite =
  '<svg xmlns="http://www.w3.org/2000/svg">' +
  Object.entries(iconPaths)
    .map(
      ([name, d]) =>
        `<symbol id="${name}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${d}"/></symbol>`,
    )
    .join('') +
  '</svg>';

/** The file's name carries a hash of its content, so it can be cached for a year. */
export const iconSpriteFile = `icons.${createHash('sha256').update(iconSprite).digest('hex').slice(0, 10)}.svg`;
