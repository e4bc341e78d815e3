import { describe, expect, it } from 'vitest';
import { signContent } from '../../../src/components/register/sign-content.ts';
import { siteRegister } from '../../../src/site/register.ts';

const retentionLines = (id: string) => {
  const entry = siteRegister().entries.find((candidate) => candidate.id === id)!;
  return Object.fromEntries(signContent(entry).languages.map((language) => [language.code, language.retention]));
};

describe('the retention line on a street sign', () => {
  it('gives the longest normal retention and points to the exceptions the register names', () => {
    // The environmental zone camera keeps photos of possible violations for 28 days at most; a
    // confirmed violation goes to the CJIB, which keeps its file under its own rules.
    expect(retentionLines('anpr-centrum-01')).toEqual({
      en: 'Data kept up to 28 days; exceptions on the web page',
      nl: 'Bewaartermijn: hoogstens 28 dagen; uitzonderingen op de webpagina',
      ar: 'مدة حفظ البيانات: 28 يومًا على الأكثر، والاستثناءات في صفحة الجهاز',
    });
  });

  it('gives only the longest retention when the register names no exceptions', () => {
    expect(retentionLines('cyclist-counter-oosterbroek-01').en).toBe('Data kept up to 10 years');
  });
});
