import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text-measure.ts';
import { fitLines, wrap } from '../../src/lib/text-wrap.ts';

/** One unit per character: line widths become character counts. */
const chars = (text: string) => [...text].length;

describe('fitting text into lines of a width', () => {
  it('breaks at spaces and keeps everything when it fits', () => {
    expect(fitLines('one two three four', 9, 3, chars)).toEqual(['one two', 'three', 'four']);
  });

  it('ends the last line with an ellipsis when the text needs more lines', () => {
    expect(fitLines('one two three four', 9, 2, chars)).toEqual(['one two', 'three…']);
    // The ellipsis takes room of its own, and punctuation before it goes.
    expect(fitLines('Gemeente, Lindenhaven', 9, 1, chars)).toEqual(['Gemeente…']);
  });

  it('cuts a word longer than a line between characters', () => {
    expect(fitLines('a'.repeat(25), 10, 3, chars)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
    expect(fitLines('a'.repeat(25), 10, 2, chars)).toEqual(['a'.repeat(10), `${'a'.repeat(9)}…`]);
  });

  it('never cuts inside a character made of several code points', () => {
    // e + combining acute, and an Arabic letter with its vowel sign: each is one character.
    const accented = 'e\u0301';
    const nfcLength = (text: string) => text.normalize('NFC').length;
    expect(fitLines(accented.repeat(12), 5, 2, nfcLength)).toEqual([accented.repeat(5), `${accented.repeat(4)}…`]);
    const vowelled = 'بَ'.repeat(20);
    expect(fitLines(vowelled, 6, 2, (text) => text.replace(/\p{M}/gu, '').length)).toEqual([
      'بَ'.repeat(6),
      `${'بَ'.repeat(5)}…`,
    ]);
  });

  it('gives each line of a 300-character name without spaces its width, Latin and Arabic', () => {
    for (const name of ['Parkeersensor'.repeat(23), 'مستشعراتأماكنالتحميل'.repeat(15)]) {
      const style = { size: 7, bold: true };
      const lines = fitLines(name, 132, 2, (text) => textWidth(text, style));
      expect(lines).toHaveLength(2);
      expect(lines[1]!.endsWith('…')).toBe(true);
      for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(132);
    }
  });

  it('stops early on a very long name', () => {
    const started = performance.now();
    expect(fitLines('x'.repeat(1_000_000), 100, 2, chars)).toEqual(['x'.repeat(100), `${'x'.repeat(99)}…`]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still breaks by character count where a layout has no widths', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

describe('estimating text width', () => {
  it('is at least what DejaVu Sans, the widest common sans font, draws (measured in Chromium)', () => {
    // Widths in em measured with Chromium's canvas measureText on Debian (DejaVu Sans), 2026-12-05.
    const drawn: [string, boolean, number][] = [
      ['Sensor in public space', false, 11.24],
      ['Municipality of Lindenhaven', true, 15.95],
      ['MW', true, 2.1],
      ['جهاز استشعار في مكان عام', false, 11.68],
      ['مستشعرات أماكن التحميل والتفريغ', true, 17.43],
    ];
    for (const [text, bold, width] of drawn) {
      expect(textWidth(text, { size: 1, bold }), text).toBeGreaterThanOrEqual(width);
      // Not so wide that lines break long before they need to.
      expect(textWidth(text, { size: 1, bold }), text).toBeLessThanOrEqual(width * 1.45);
    }
  });

  it('counts combining marks and invisible characters as nothing, and monospace per character', () => {
    expect(textWidth('e\u0301', { size: 10 })).toBe(textWidth('e', { size: 10 }));
    expect(textWidth('a\u200bb', { size: 10 })).toBe(textWidth('ab', { size: 10 }));
    expect(textWidth('/en/register/', { size: 4, mono: true })).toBeCloseTo(13 * 0.62 * 4);
  });
});
