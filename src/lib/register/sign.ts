import { qrPath } from '../qr-path.ts';
import { iconPaths, type IconName } from '../icons.ts';
import { wrap } from '../text-wrap.ts';
import { xmlText } from '../published-text.ts';

/** What a sign says, per language, already translated by the caller. */
export interface SignLanguage {
  code: string;
  dir: 'ltr' | 'rtl';
  /** "Sensor in public space". */
  title: string;
  name: string;
  /** "Counts cyclists · Planning". */
  purpose: string;
  /** "Personal data: no". */
  personalData: string;
  /** "Data kept 30 days" or "No data kept". */
  retention: string;
  /** The accountable organisation's name. */
  accountable: string;
}

/** Everything on one printable sign. */
export interface SignContent {
  id: string;
  city: string;
  /** Sensor page the QR code opens; its host and path are also printed as text. */
  url: string;
  kindIcon: IconName;
  personalData: boolean;
  languages: SignLanguage[];
  /** "Scan the code or type the address. Check that it starts with <host>." in the default language. */
  checkAddress: string;
}

const WIDTH = 148;
const HEIGHT = 210;
const MARGIN = 8;

/** Every text on a sign goes through this: escaped, and without characters XML cannot carry. */
const escape = xmlText;

/** Breaks a URL path into lines of at most `max` characters, after a slash where possible. */
export function wrapPath(path: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of path.match(/[^/]*\/|[^/]+$/g) ?? []) {
    if (line && line.length + piece.length > max) {
      lines.push(line);
      line = '';
    }
    line += piece;
    while (line.length > max) {
      lines.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A line of text; right-to-left lines are anchored at the right edge. */
function text(
  content: string,
  x: number,
  right: number,
  y: number,
  size: number,
  dir: 'ltr' | 'rtl',
  lang: string,
  bold = false,
) {
  const anchorX = dir === 'rtl' ? right : x;
  return `<text x="${anchorX}" y="${y}" font-size="${size}" lang="${lang}" direction="${dir}" text-anchor="start"${bold ? ' font-weight="700"' : ''}>${escape(content)}</text>`;
}

function icon(name: IconName, x: number, y: number, size: number) {
  return `<g transform="translate(${x} ${y}) scale(${size / 24})" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${iconPaths[name]}"/></g>`;
}

/** The QR code, scaled into a box. */
function qr(url: string, x: number, y: number, size: number): string {
  const code = qrPath(url);
  const cell = size / code.size;
  return `<g transform="translate(${x} ${y}) scale(${cell})"><rect width="${code.size}" height="${code.size}" fill="#fff"/><path d="${code.d}" fill="#000"/></g>`;
}

/** A printable A5 street sign (148 × 210 mm) as SVG: name, facts with icons, QR code and short address. */
export function signSvg(sign: SignContent): string {
  const parts: string[] = [];
  const right = WIDTH - MARGIN;
  let y = 0;
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`);
  parts.push(`<rect width="${WIDTH}" height="${19 + sign.languages.length * 4.8}" fill="#0b4f6c"/>`);
  parts.push(`<g fill="#fff" color="#fff">${icon('shield', MARGIN, 4, 9)}`);
  parts.push(text(sign.city, MARGIN + 12, right, 10.5, 6, 'ltr', 'und', true));
  y = 16;
  for (const language of sign.languages) {
    y += 4.8;
    parts.push(text(language.title, MARGIN, right, y, 4, language.dir, language.code));
  }
  parts.push('</g>');

  y += 10;
  sign.languages.forEach((language, index) => {
    for (const line of wrap(language.name, index === 0 ? 30 : 44)) {
      y += index === 0 ? 7.5 : 5.5;
      parts.push(text(line, MARGIN, right, y, index === 0 ? 7 : 5, language.dir, language.code, true));
    }
  });

  const facts: { icon: IconName; pick: (l: SignLanguage) => string }[] = [
    { icon: sign.kindIcon, pick: (l) => l.purpose },
    { icon: sign.personalData ? 'user' : 'shield', pick: (l) => l.personalData },
    { icon: 'clock', pick: (l) => l.retention },
    { icon: 'building', pick: (l) => l.accountable },
  ];
  y += 5;
  for (const fact of facts) {
    y += 2;
    parts.push(`<line x1="${MARGIN}" x2="${right}" y1="${y}" y2="${y}" stroke="#b9c4cc" stroke-width="0.3"/>`);
    const top = y;
    parts.push(`<g color="#0b4f6c">${icon(fact.icon, MARGIN, top + 2.5, 10)}</g>`);
    for (const language of sign.languages) {
      for (const line of wrap(fact.pick(language), 48).slice(0, 2)) {
        y += 4.6;
        parts.push(text(line, MARGIN + 15, right, y, 3.8, language.dir, language.code));
      }
    }
    y = Math.max(y + 2, top + 15);
  }

  const qrSize = 44;
  const qrTop = HEIGHT - MARGIN - qrSize;
  parts.push(qr(sign.url, MARGIN - 2, qrTop, qrSize));
  const shortUrl = sign.url.replace(/^https:\/\//, '');
  const [host = '', ...path] = shortUrl.split('/');
  const textX = MARGIN + qrSize + 2;
  let ty = qrTop + 8;
  for (const line of wrap(sign.checkAddress, 34)) {
    parts.push(text(line, textX, right, ty, 3.6, 'ltr', 'und'));
    ty += 4.4;
  }
  ty += 3;
  parts.push(
    `<text x="${textX}" y="${ty}" font-size="4.2" font-weight="700" font-family="ui-monospace, monospace">${escape(host)}</text>`,
  );
  for (const line of wrapPath(`/${path.join('/')}`, 30)) {
    ty += 5;
    parts.push(
      `<text x="${textX}" y="${ty}" font-size="4" font-family="ui-monospace, monospace">${escape(line)}</text>`,
    );
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}mm" height="${HEIGHT}mm" font-family="system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif" fill="#1b1f24" color="#1b1f24" role="img" aria-labelledby="sign-title">`,
    `<title id="sign-title">${escape(sign.languages[0]?.name ?? sign.id)}</title>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
