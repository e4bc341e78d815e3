import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { city } from '../../city.config.ts';

/*
 * Every built street sign, drawn by Chromium with the fonts of this machine: no line of text may
 * touch the QR code (quiet zone included) or leave the sign. The sign's layout estimates text
 * widths (src/lib/text-measure.ts); this measures what a browser really draws.
 */
const signs = join(import.meta.dirname, '..', '..', 'dist', 'signs');

interface Problem {
  sign: string;
  lang: string;
  text: string;
  where: 'over the QR code' | 'outside the sign';
}

test('no sign text runs into the QR code or off the sign, in any language', async ({ page }) => {
  const files = readdirSync(signs).filter((name) => name.endsWith('.svg'));
  expect(files.length).toBeGreaterThan(0);
  // All signs inline in one page: one layout pass measures them all.
  const body = files
    .map((name) => `<div data-sign="${name}">${readFileSync(join(signs, name), 'utf8')}</div>`)
    .join('\n');
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
