import { describe, expect, it } from 'vitest';
import { publishableJson, publishableText, xmlText } from '../../../src/lib/published-text.ts';

describe('publishable text', () => {
  it('drops C0 control characters but keeps tab, line feed and carriage return', () => {
    expect(publishableText('a\u0000b\u0001c\u001Bd\u000Be\u000Cf\u001Fg')).toBe('abcdefg');
    expect(publishableText('line\tone\r\nline two\n')).toBe('line\tone\r\nline two\n');
  });

  it('drops what XML and UTF-8 cannot carry, and keeps every real character', () => {
    expect(publishableText('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(publishableText('lone \uD800 half \uDC00!')).toBe('lone  half !');
    const real = 'Fietstelpunt één · عدّاد الدراجات · 🚲 · \u00A0\u007F\u0085';
    expect(publishableText(real)).toBe(real);
  });

  it('escapes XML after cleaning', () => {
    expect(xmlText('<Markt> & "co"\u0000')).toBe('&lt;Markt&gt; &amp; &quot;co&quot;');
  });

  it('cleans every string of a JSON value, nested or not, and keeps the rest', () => {
    const value = { name: { en: 'Cam\u0000era' }, tags: ['a\u001Bb', 3, true, null], n: 1.5 };
    expect(publishableJson(value)).toBe('{"name":{"en":"Camera"},"tags":["ab",3,true,null],"n":1.5}');
    expect(publishableJson(value)).not.toMatch(/\\u00[01]/);
  });
});
