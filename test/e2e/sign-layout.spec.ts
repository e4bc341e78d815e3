import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { city } from '../../src/site/city.ts';
import { signSvg, type SignLanguage } from '../../src/lib/register/sign.ts';

/*
 * Every built street sign, drawn by Chromium with the fonts of this machine: no line of text may
 * touch the QR code (quiet zone included) or leave the sign. The sign's layout estimates text
 * widths (src/lib/text-measure.ts); this measures what a browser really draws.
 */
const signs = join(import.meta.dirname, '..', '..', 'dist', 'signs');

/** Signs with the longest texts an editor can give, to hold the width estimate against real glyphs. */
function extremeSigns(): [string, string][] {
  const language = (code: string, dir: 'ltr' | 'rtl', text: string): SignLanguage => ({
    code,
    dir,
    title: text,
    name: text,
    purpose: text,
    personalData: text,
    retention: text,
    accountable: text,
  });
  const texts = {
    words: 'Oosterbroekplein laad- en losplekken '.repeat(8),
    capitals: 'WMWQ'.repeat(75),
    arabic: 'مستشعراتأماكنالتحميلسشصض'.repeat(12),
  };
  return Object.entries(texts).map(([kind, text]) => [
    `extreme-${kind}`,
    signSvg({
      id: `extreme-${kind}`,
      city: text,
      url: `${city.siteUrl}/en/register/extreme-${kind}/`,
      kindIcon: 'parking',
      personalData: true,
      checkAddress: text,
      languages: [language('en', 'ltr', text), language('nl', 'ltr', text), language('ar', 'rtl', text)],
    }),
  ]);
}

interface Problem {
  sign: string;
  lang: string;
  text: string;
  where: 'over the QR code' | 'outside the sign';
}

test('no sign text runs into the QR code or off the sign, in any language', async ({ page }) => {
  const files = readdirSync(signs).filter((name) => name.endsWith('.svg'));
  expect(files.length).toBeGreaterThan(0);
  const all = [
    ...files.map((name): [string, string] => [name, readFileSync(join(signs, name), 'utf8')]),
    ...extremeSigns(),
  ];
  // All signs inline in one page: one layout pass measures them all.
  const body = all.map(([name, svg]) => `<div data-sign="${name}">${svg}</div>`).join('\n');
  await page.setContent(`<!doctype html><html lang="${city.defaultLocale}"><body>${body}</body></html>`);
  const problems: Problem[] = await page.evaluate(() => {
    const found: Problem[] = [];
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
    for (const holder of document.querySelectorAll<HTMLElement>('[data-sign]')) {
      const svg = holder.querySelector('svg')!;
      const bounds = svg.getBoundingClientRect();
      const qr = svg.querySelector('[data-qr]')!.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const box = text.getBoundingClientRect();
        const report = (where: Problem['where']) =>
          found.push({
            sign: holder.dataset['sign']!,
            lang: text.getAttribute('lang') ?? '',
            text: text.textContent ?? '',
            where,
          });
        if (overlaps(box, qr)) report('over the QR code');
        if (!inside(box, bounds)) report('outside the sign');
      }
    }
    return found;
  });
  const signsPerLanguage = new Map<string, Set<string>>();
  for (const problem of problems) {
    signsPerLanguage.set(problem.lang, (signsPerLanguage.get(problem.lang) ?? new Set()).add(problem.sign));
  }
  test.info().annotations.push({
    type: 'signs with a problem, per language',
    description: [...signsPerLanguage].map(([lang, set]) => `${lang}: ${set.size}`).join(', ') || 'none',
  });
  expect(problems).toEqual([]);
});
