import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { gdprArticleParts } from '../../../src/lib/register/gdpr-article.ts';

describe('gdprArticleParts', () => {
  it('splits an article into the parts each language cites', () => {
    expect(gdprArticleParts('6(1)(e)')).toEqual({ article: '6', paragraph: '1', point: 'e' });
  });

  it('refuses what is not an article', () => {
    expect(() => gdprArticleParts('6.1.e')).toThrow('"6.1.e" is not a GDPR article such as 6(1)(e).');
  });

  it('gives the citation each language expects', () => {
    const parts = gdprArticleParts('6(1)(e)');
    expect(useTranslations('en')('sensor.gdprArticle', parts)).toBe('GDPR article 6(1)(e)');
    expect(useTranslations('nl')('sensor.gdprArticle', parts)).toBe('Artikel 6, lid 1, onder e AVG');
  });
});
