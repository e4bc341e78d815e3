import { iconPaths, type IconName } from '../icons.ts';
import { xmlText } from '../published-text.ts';
import { qrPath } from '../qr-path.ts';
import { HEIGHT, WIDTH, layoutSign, type Box, type SignContent, type SignLine } from './sign-layout.ts';

export type { SignContent, SignLanguage } from './sign-layout.ts';

/** Every text on a sign goes through this: escaped, and without characters XML cannot carry. */
const escape = xmlText;

/** A placed line; right-to-left lines start at their right end (text-anchor start in rtl). */
function text(line: SignLine) {
  const font = line.mono ? ' font-family="ui-monospace, monospace"' : '';
  const weight = line.bold ? ' font-weight="700"' : '';
  const direction = line.dir === 'rtl' ? ' direction="rtl"' : '';
  return `<text x="${line.x}" y="${+line.y.toFixed(2)}" font-size="${line.size}" lang="${line.lang}"${direction}${font}${weight}>${escape(line.text)}</text>`;
}

function icon(name: IconName, x: number, y: number, size: number) {
  return `<g transform="translate(${x} ${y}) scale(${size / 24})" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${iconPaths[name]}"/></g>`;
}

/** The QR code with its white quiet zone, scaled into its box. */
function qr(url: string, box: Box): string {
  const code = qrPath(url);
  const cell = (box.right - box.left) / code.size;
  return `<g data-qr="" transform="translate(${box.left} ${box.top}) scale(${cell})" shape-rendering="crispEdges"><rect width="${code.size}" height="${code.size}" fill="#fff"/><path d="${code.d}" fill="#000"/></g>`;
}

/** A printable A5 street sign (148 × 210 mm) as SVG: name, facts with icons, QR code and short address. */
export function signSvg(sign: SignContent): string {
  const layout = layoutSign(sign);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}mm" height="${HEIGHT}mm" font-family="system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif" fill="#1b1f24" color="#1b1f24" role="img" aria-labelledby="sign-title">`,
    `<title id="sign-title">${escape(sign.languages[0]?.name ?? sign.id)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<rect width="${WIDTH}" height="${+layout.bandHeight.toFixed(2)}" fill="#0b4f6c"/>`,
    `<g fill="#fff" color="#fff">${icon('shield', 8, 4, 9)}`,
    ...layout.header.map(text),
    '</g>',
    ...layout.facts.flatMap((fact) => [
      `<line x1="8" x2="${WIDTH - 8}" y1="${+fact.y.toFixed(2)}" y2="${+fact.y.toFixed(2)}" stroke="#b9c4cc" stroke-width="0.3"/>`,
      `<g color="#0b4f6c">${icon(fact.icon, 8, +(fact.y + 2.5).toFixed(2), 10)}</g>`,
    ]),
    ...layout.lines.map(text),
    qr(sign.url, layout.qr),
    '</svg>',
  ].join('\n');
}
