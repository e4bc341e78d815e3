import { describe, expect, it } from 'vitest';
import {
  HEIGHT,
  WIDTH,
  layoutSign,
  lineBox,
  type Box,
  type SignContent,
  type SignLanguage,
} from '../../../src/lib/register/sign-layout.ts';

const language = (code: string, dir: 'ltr' | 'rtl', text: (field: string) => string): SignLanguage => ({
  code,
  dir,
  title: text('title'),
  name: text('name'),
  purpose: text('purpose'),
  personalData: text('personalData'),
  retention: text('retention'),
  accountable: text('accountable'),
});

const sign = (languages: SignLanguage[], id = 'parking-sensor-oosterbroek-01'): SignContent => ({
  id,
  city: 'Lindenhaven',
  url: `https://privacy.lindenhaven.example/en/register/${id}/`,
  kindIcon: 'parking',
  personalData: false,
  checkAddress: 'Scan the code or type the address. Check that it starts with privacy.lindenhaven.example.',
  languages,
});

const demo = sign([
  language(
    'en',
    'ltr',
    (field) =>
      ({
        name: 'Loading bay sensors Oosterbroekplein',
        purpose: 'Traffic and mobility · Enforcement · Planning and policy',
        accountable: 'Municipality of Lindenhaven',
      })[field] ?? 'Sensor in public space',
  ),
  language(
    'nl',
    'ltr',
    (field) =>
      ({
        name: 'Sensoren laad- en losplekken Oosterbroekplein',
        purpose: 'Verkeer en mobiliteit · Handhaving · Planning en beleid',
        accountable: 'Gemeente Lindenhaven',
      })[field] ?? 'Sensor in de openbare ruimte',
  ),
  language(
    'ar',
    'rtl',
    (field) =>
      ({
        name: 'مستشعرات أماكن التحميل والتفريغ في أوستربروكبلاين',
        purpose: 'المرور والتنقّل · تطبيق القواعد · التخطيط وصنع القرار',
        accountable: 'بلدية ليندنهافن',
      })[field] ?? 'جهاز استشعار في مكان عام',
  ),
]);

/** Long texts of each kind a careless or hostile edit gives: words, one 300-character word, Arabic without spaces. */
const long = {
  words: (field: string) => `${field} ${'Oosterbroekplein laad- en losplekken '.repeat(8)}`.slice(0, 300),
  noSpaces: (field: string) => `${field}${'W'.repeat(300)}`,
  arabic: (field: string) => `${field}${'مستشعراتأماكنالتحميل'.repeat(15)}`,
};

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every line's estimated box is on the sign and clear of the QR code and its quiet zone. */
function expectClear(content: SignContent) {
  const layout = layoutSign(content);
  for (const line of [...layout.header, ...layout.lines]) {
    const box = lineBox(line);
    expect(overlaps(box, layout.qr), `${line.lang}: ${line.text}`).toBe(false);
    expect(box.left, line.text).toBeGreaterThanOrEqual(0);
    expect(box.right, line.text).toBeLessThanOrEqual(WIDTH);
    expect(box.top, line.text).toBeGreaterThanOrEqual(0);
    expect(box.bottom, line.text).toBeLessThanOrEqual(HEIGHT);
  }
  return layout;
}

describe('laying out a street sign', () => {
  it('keeps the demo sign whole: nothing shortened, nothing on the QR code', () => {
    const layout = expectClear(demo);
    expect(layout.lines.some((line) => line.text.endsWith('…'))).toBe(false);
    expect(layout.lines.filter((line) => line.lang === 'ar').map((line) => line.x)).toEqual(
      Array(layout.lines.filter((line) => line.lang === 'ar').length).fill(WIDTH - 8),
    );
  });

  it('sets a long name smaller rather than shorten it, while a smaller size shows it all', () => {
    const name = 'Loading bay sensors Oosterbroekplein near the station underpass (Stationskwartier)';
    const layout = expectClear(sign([{ ...demo.languages[0]!, name }, ...demo.languages.slice(1)]));
    const nameLines = layout.lines.filter((line) => line.lang === 'en' && line.bold);
    expect(nameLines.map((line) => line.text).join(' ')).toBe(name);
    expect(nameLines[0]!.size).toBe(6);
    // The demo name fits at the largest size.
    expect(layoutSign(demo).lines.find((line) => line.lang === 'en')!.size).toBe(7);
  });

  it('keeps the QR code a square with its quiet zone in the lower left corner', () => {
    expect(layoutSign(demo).qr).toEqual({ left: 4, top: 158, right: 52, bottom: 206 });
  });

  for (const [kind, text] of Object.entries(long)) {
    it(`shortens 300-character texts (${kind}) in every language, with an ellipsis, clear of the QR code`, () => {
      const layout = expectClear(
        sign([language('en', 'ltr', text), language('nl', 'ltr', text), language('ar', 'rtl', text)]),
      );
      const names = layout.lines.filter((line) => line.bold && !line.mono);
      expect(names.length).toBeGreaterThanOrEqual(3);
      for (const code of ['en', 'nl', 'ar']) {
        expect(names.filter((line) => line.lang === code).at(-1)!.text, code).toMatch(/…$/);
      }
    });
  }

  it('fits four languages of long text and names the limit at five', () => {
    const four = ['en', 'nl', 'ar', 'fr'].map((code) => language(code, code === 'ar' ? 'rtl' : 'ltr', long.words));
    expectClear(sign(four));
    expect(() => layoutSign(sign([...four, language('de', 'ltr', long.words)]))).toThrow(
      'Sign parking-sensor-oosterbroek-01: the text in 5 languages does not fit above the QR code, even with one line per name and fact; an A5 sign holds four languages.',
    );
  });

  it('refuses an address too long to print in full rather than cut it', () => {
    const id = `sensor-${'a'.repeat(200)}`;
    expect(() => layoutSign(sign(demo.languages, id))).toThrow(
      `Sign ${id}: the address https://privacy.lindenhaven.example/en/register/${id}/ needs 9 lines beside the QR code, more than fit; shorten the device id or the site address.`,
    );
    expectClear(sign(demo.languages, `sensor-${'a'.repeat(80)}`));
  });
});
