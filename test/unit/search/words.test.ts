import { describe, expect, it } from 'vitest';
import { indexWords, normalize, words } from '../../../src/lib/search/words.ts';
import { mdxText } from '../../../src/lib/search/mdx-text.ts';
import { highlight } from '../../../src/lib/search/highlight.ts';
import { wordRules } from '../../../src/lib/search/language.ts';

describe('search words', () => {
  it('lowercases and drops accents, Arabic vowel marks and apostrophes inside words', () => {
    expect(normalize('Één Café')).toBe('een cafe');
    expect(normalize('camera’s')).toBe('cameras');
    expect(normalize('كَلِمَة')).toBe('كلمة');
  });

  it('splits on hyphens and punctuation, and indexes hyphenated words also written together', () => {
    expect(words('Wi-Fi point, PM2.5')).toEqual(['wi', 'fi', 'point', 'pm2', '5']);
    expect(indexWords('Wi-Fi-punt')).toEqual(['wi', 'fi', 'punt', 'wifipunt', 'wifi', 'fipunt']);
    expect(indexWords('plain words')).toEqual(['plain', 'words']);
  });

  it('keeps the sentences of component props and drops markup from MDX', () => {
    const text = mdxText(
      'import X from "./x";\n## Heading\n\n<Checklist id="steps" items={["Change the password now", "x"]} />\n[link text](https://a.example) and `code`',
    );
    expect(text).toBe('Heading Change the password now link text and');
  });

  it('marks the words whose stem the query matched, leaving the rest as plain text', async () => {
    const rules = await wordRules('en');
    const segments = highlight('Cameras <b>count</b> cars', new Set(['camera', 'count']), rules);
    expect(segments).toEqual([
      { text: 'Cameras', mark: true },
      { text: ' <b>', mark: false },
      { text: 'count', mark: true },
      { text: '</b> cars', mark: false },
    ]);
  });
});
