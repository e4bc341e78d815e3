import { describe, expect, it } from 'vitest';
import { signSvg } from '../../../src/lib/register/sign.ts';
import { wrapPath } from '../../../src/lib/register/sign-layout.ts';
import { wrap } from '../../../src/lib/text-wrap.ts';

const sign = {
  id: 'anpr-centrum-01',
  city: 'Lindenhaven',
  url: 'https://privacy.lindenhaven.example/en/register/anpr-centrum-01/',
  kindIcon: 'camera' as const,
  personalData: true,
  checkAddress: 'Check that it starts with privacy.lindenhaven.example.',
  languages: [
    {
      code: 'en',
      dir: 'ltr' as const,
      title: 'Sensor in public space',
      name: 'Camera <Markt> & co',
      purpose: 'Enforcement',
      personalData: 'Processes personal data',
      retention: 'Data kept 28 days',
      accountable: 'Municipality',
    },
    {
      code: 'ar',
      dir: 'rtl' as const,
      title: 'جهاز استشعار',
      name: 'كاميرا',
      purpose: 'إنفاذ',
      personalData: 'بيانات شخصية',
      retention: '28 يومًا',
      accountable: 'البلدية',
    },
  ],
};

describe('street sign', () => {
  const svg = signSvg(sign);
  it('is an A5 SVG with the name escaped and the short address printed', () => {
    expect(svg).toContain('width="148mm" height="210mm"');
    expect(svg).toContain('Camera &lt;Markt&gt; &amp; co');
    expect(svg).toContain('privacy.lindenhaven.example');
    expect(svg).toContain('/en/register/');
  });
  it('leaves a quiet zone of 4 modules around the QR code', () => {
    // The top-left module of a QR code is always dark (a finder pattern's corner).
    expect(svg).toMatch(/<g data-qr=""[^>]*><rect width="(\d+)" height="\1" fill="#fff"\/><path d="M4 4h1v1h-1z/);
  });
  it('anchors right-to-left lines at the right edge', () => {
    expect(svg).toMatch(/<text x="140"[^>]*lang="ar" direction="rtl"/);
  });
  it('wraps text at spaces and paths after slashes', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapPath('/en/register/air-quality-centrum-01/', 20)).toEqual([
      '/en/register/',
      'air-quality-centrum-',
      '01/',
    ]);
  });
});
