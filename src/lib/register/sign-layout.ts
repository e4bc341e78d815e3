import type { IconName } from '../icons.ts';
import { textWidth, type TextStyle } from '../text-measure.ts';
import { fitLines } from '../text-wrap.ts';

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
  /** "Data kept up to 30 days", with "; exceptions on the web page" when the register names any, or "No data kept". */
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

/** One line of text, placed: `x` is its left end (its right end when `dir` is rtl), `y` its baseline. */
export interface SignLine extends TextStyle {
  text: string;
  x: number;
  y: number;
  dir: 'ltr' | 'rtl';
  lang: string;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface SignLayout {
  bandHeight: number;
  /** The city and the titles, white on the coloured band. */
  header: SignLine[];
  /** Names, facts and the address. */
  lines: SignLine[];
  /** Separator rules above each fact, and each fact's icon. */
  facts: { y: number; icon: IconName }[];
  /** The QR code's square, its 4-module quiet zone included: no text may enter it. */
  qr: Box;
}

/** A5 in millimetres, the drawing's units. */
export const WIDTH = 148;
export const HEIGHT = 210;
const MARGIN = 8;
const RIGHT = WIDTH - MARGIN;
const QR_SIZE = 48;
const QR: Box = { left: 4, top: HEIGHT - 4 - QR_SIZE, right: 4 + QR_SIZE, bottom: HEIGHT - 4 };
/** Facts end this far above the QR code's quiet zone. */
const QR_GAP = 1.5;
const FACT_TEXT_X = MARGIN + 15;
/**
 * How far a line's glyphs reach above and below its baseline, in em: what browsers use for the
 * line's box (DejaVu Sans 0.93/0.24, Noto Sans 1.07/0.29), rounded up.
 */
const ASCENT = 1.1;
const DESCENT = 0.35;

/** The box a line's glyphs fill at most. */
export function lineBox(line: SignLine): Box {
  const width = textWidth(line.text, line);
  const left = line.dir === 'rtl' ? line.x - width : line.x;
  return { left, right: left + width, top: line.y - ASCENT * line.size, bottom: line.y + DESCENT * line.size };
}

/**
 * From roomiest to tightest. A sign takes the first that fits above the QR code and shows every
 * word; when none shows everything, the first that fits, with an ellipsis where text was left out.
 * Sizes in millimetres (a 3.4 mm line is about 10 pt).
 */
const densities = [
  { firstName: { size: 7, lines: 2 }, name: { size: 5, lines: 2 }, fact: { size: 3.8, lines: 2 } },
  { firstName: { size: 7, lines: 3 }, name: { size: 5, lines: 2 }, fact: { size: 3.8, lines: 2 } },
  { firstName: { size: 7, lines: 3 }, name: { size: 5, lines: 2 }, fact: { size: 3.4, lines: 2 } },
  { firstName: { size: 6, lines: 3 }, name: { size: 4.5, lines: 2 }, fact: { size: 3.4, lines: 2 } },
  { firstName: { size: 6, lines: 2 }, name: { size: 4.5, lines: 1 }, fact: { size: 3.4, lines: 1 } },
  { firstName: { size: 6, lines: 1 }, name: { size: 4.5, lines: 1 }, fact: { size: 3.4, lines: 1 } },
];

type Density = (typeof densities)[number];

const fit = (text: string, maxWidth: number, maxLines: number, style: TextStyle) =>
  fitLines(text, maxWidth, maxLines, (line) => textWidth(line, style));

/** Whether lines leave out part of their text (an ellipsis stands for it). */
const shortens = (lines: readonly string[], text: string) =>
  lines.join('').replace(/\s/g, '') !== text.replace(/\s/g, '');

/** A language's line in the sign's text column: right-to-left lines start at the right edge. */
const placed = (text: string, left: number, y: number, style: TextStyle, language: SignLanguage): SignLine => ({
  text,
  x: language.dir === 'rtl' ? RIGHT : left,
  y,
  dir: language.dir,
  lang: language.code,
  ...style,
});

/** The names and facts from `y` down, at one density; `end` is where the last fact ends. */
function body(sign: SignContent, top: number, density: Density) {
  const lines: SignLine[] = [];
  const facts: SignLayout['facts'] = [];
  let shortened = false;
  let y = top;
  sign.languages.forEach((language, index) => {
    const { size, lines: maxLines } = index === 0 ? density.firstName : density.name;
    const style = { size, bold: true };
    const nameLines = fit(language.name, RIGHT - MARGIN, maxLines, style);
    shortened ||= shortens(nameLines, language.name);
    for (const text of nameLines) {
      y += size + 0.5;
      lines.push(placed(text, MARGIN, y, style, language));
    }
  });
  const factTexts: { icon: IconName; pick: (l: SignLanguage) => string }[] = [
    { icon: sign.kindIcon, pick: (l) => l.purpose },
    { icon: sign.personalData ? 'user' : 'shield', pick: (l) => l.personalData },
    { icon: 'clock', pick: (l) => l.retention },
    { icon: 'building', pick: (l) => l.accountable },
  ];
  const style = { size: density.fact.size };
  y += 5;
  for (const fact of factTexts) {
    y += 2;
    const factTop = y;
    facts.push({ y: factTop, icon: fact.icon });
    for (const language of sign.languages) {
      const factLines = fit(fact.pick(language), RIGHT - FACT_TEXT_X, density.fact.lines, style);
      shortened ||= shortens(factLines, fact.pick(language));
      for (const text of factLines) {
        y += style.size * 1.21;
        lines.push(placed(text, FACT_TEXT_X, y, style, language));
      }
    }
    // The icon (10 mm, 2.5 mm below the rule) sets a fact's least height.
    y = Math.max(y + 2, factTop + 15);
  }
  return { lines, facts, end: y, shortened };
}

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

/** The address beside the QR code: how to check it, the host, then the path, in monospace. */
function address(sign: SignContent): SignLine[] {
  const left = QR.right + 2;
  const width = RIGHT - left;
  const lines: SignLine[] = [];
  const note = { size: 3.6 };
  let y = QR.top + 3.6;
  for (const text of fit(sign.checkAddress, width, 3, note)) {
    y += 4.4;
    lines.push({ text, x: left, y, dir: 'ltr', lang: 'und', ...note });
  }
  const [host = '', ...path] = sign.url.replace(/^https:\/\//, '').split('/');
  const hostStyle = { size: 4.2, bold: true, mono: true };
  const pathStyle = { size: 4, mono: true };
  const perLine = (style: TextStyle) => Math.floor(width / textWidth('m', style));
  const printed = [
    ...wrapPath(host, perLine(hostStyle)).map((text) => ({ text, style: hostStyle })),
    ...wrapPath(`/${path.join('/')}`, perLine(pathStyle)).map((text) => ({ text, style: pathStyle })),
  ];
  // A gap between the advice and the address itself.
  y += 2.5;
  for (const { text, style } of printed) {
    y += 5;
    lines.push({ text, x: left, y, dir: 'ltr', lang: 'und', ...style });
  }
  if (y + DESCENT * pathStyle.size > QR.bottom) {
    // Cut short, the address would send readers somewhere else: better no sign than a wrong one.
    throw new Error(
      `Sign ${sign.id}: the address ${sign.url} needs ${printed.length} lines beside the QR code, more than fit; shorten the device id or the site address.`,
    );
  }
  return lines;
}

/**
 * Places everything on a sign so that no text enters the QR code's quiet zone or leaves the
 * sign, with text widths estimated on the wide side (src/lib/text-measure.ts).
 */
export function layoutSign(sign: SignContent): SignLayout {
  const bandHeight = 19 + sign.languages.length * 4.8;
  const city = { size: 6, bold: true };
  const title = { size: 4 };
  const header: SignLine[] = [
    {
      text: fit(sign.city, RIGHT - MARGIN - 12, 1, city)[0] ?? '',
      x: MARGIN + 12,
      y: 10.5,
      dir: 'ltr',
      lang: 'und',
      ...city,
    },
  ];
  let y = 16;
  for (const language of sign.languages) {
    y += 4.8;
    header.push(placed(fit(language.title, RIGHT - MARGIN, 1, title)[0] ?? '', MARGIN, y, title, language));
  }
  const fitting = densities.map((density) => body(sign, y + 10, density)).filter(({ end }) => end <= QR.top - QR_GAP);
  const laid = fitting.find(({ shortened }) => !shortened) ?? fitting[0];
  if (laid) return { bandHeight, header, lines: [...laid.lines, ...address(sign)], facts: laid.facts, qr: QR };
  throw new Error(
    `Sign ${sign.id}: the text in ${sign.languages.length} languages does not fit above the QR code, even with one line per name and fact; an A5 sign holds four languages.`,
  );
}
