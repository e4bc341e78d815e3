import { describe, expect, it } from 'vitest';
import {
  bidiControls,
  controlCharacters,
  describeFindings,
  isInvisible,
  hasBidiControl,
} from '../../../src/schemas/text-characters.ts';
import { textsWhere } from '../../../src/lib/content/text-fields.ts';
import { parseYamlFile } from '../../../src/lib/content/yaml-file.ts';
import { localizedName, nameText } from '../../../src/schemas/name-text.ts';

describe('control characters', () => {
  it('finds C0 controls with their place, counted in characters', () => {
    expect(controlCharacters('ab\u0000c')).toEqual([{ codePoint: 'U+0000', position: 3 }]);
    expect(controlCharacters('😀\u0007')).toEqual([{ codePoint: 'U+0007', position: 2 }]);
    expect(controlCharacters('a\u001Fb\u000Bc')).toEqual([
      { codePoint: 'U+001F', position: 2 },
      { codePoint: 'U+000B', position: 4 },
    ]);
  });

  it('allows tab, line feed and a carriage return that ends a line, not a lone carriage return', () => {
    expect(controlCharacters('a\tb\nc\r\nd')).toEqual([]);
    expect(controlCharacters('a\rb')).toEqual([{ codePoint: 'U+000D', position: 2 }]);
  });

  it('is an error in any text of a YAML file, with the field and the line', () => {
    const { file, errors } = parseYamlFile('name:\n  en: "Camera\\0"\nhistory:\n  - note: "a\\u0007"\n', 'x.yaml');
    expect(file?.data).toEqual({ name: { en: 'Camera\u0000' }, history: [{ note: 'a\u0007' }] });
    expect(errors).toEqual([
      {
        file: 'x.yaml',
        line: 2,
        field: 'name.en',
        message:
          'Remove the invisible control character U+0000 at character 7: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.',
      },
      {
        file: 'x.yaml',
        line: 4,
        field: 'history.0.note',
        message:
          'Remove the invisible control character U+0007 at character 2: it breaks the signs, feeds and open data. Retype the text, or paste it as plain text.',
      },
    ]);
  });

  it('is fine in a file written with CRLF line ends', () => {
    expect(parseYamlFile('note: |\r\n  one\r\n  two\r\n', 'x.yaml').errors).toEqual([]);
  });
});

describe('direction controls', () => {
  it('finds the embedding, override and isolate characters', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(bidiControls(all).map((found) => found.codePoint)).toEqual([
      'U+202A',
      'U+202B',
      'U+202C',
      'U+202D',
      'U+202E',
      'U+2066',
      'U+2067',
      'U+2068',
      'U+2069',
    ]);
  });

  it('leaves the marks Arabic text may carry alone', () => {
    expect(bidiControls('مرحبا\u200F 2026 \u200E\u061C')).toEqual([]);
  });

  it('says which and where', () => {
    expect(describeFindings(bidiControls('gpj\u202E.exe'))).toBe('U+202E at character 4');
    expect(describeFindings(bidiControls('\u2066a\u2069b\u2066'))).toBe('U+2066, U+2069 at characters 1, 3 and 5');
  });
});

describe('invisible texts', () => {
  it('are texts of only zero-width, format and space characters', () => {
    expect(isInvisible('\u200B\u200C\u200D')).toBe(true);
    expect(isInvisible('\uFEFF \u2060\u3164\u2800')).toBe(true);
    expect(isInvisible('\u200Bx')).toBe(false);
    expect(isInvisible('مرحبا')).toBe(false);
    expect(isInvisible('')).toBe(false);
  });
});

describe('the texts of a value', () => {
  it('come with their paths, picked by a test', () => {
    const value = { a: 'x', b: [{ c: 'y\u202E' }, 3, null, 'z\u2066'], d: true };
    expect(textsWhere(value, () => true)).toEqual([
      { path: ['a'], value: 'x' },
      { path: ['b', 0, 'c'], value: 'y\u202E' },
      { path: ['b', 3], value: 'z\u2066' },
    ]);
    expect(textsWhere(value, hasBidiControl).map((field) => field.path)).toEqual([
      ['b', 0, 'c'],
      ['b', 3],
    ]);
  });
});

describe('names', () => {
  const sensorName = localizedName(120);
  const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('refuse direction controls, invisible names and names over the cap', () => {
    expect(
      messages(sensorName.safeParse({ en: 'Camera gpj\u202E.exe', nl: '\u200B\u200B', ar: 'ك'.repeat(121) })),
    ).toEqual([
      'en: Remove the direction control U+202E at character 11: in a name it can make the text read as something else (gpj.exe shows as exe.jpg). Arabic names need none; the site sets the direction itself.',
      'nl: This name is only invisible characters: write a name readers can see.',
      'ar: Keep the name to 120 characters (it has 121): it is shown in lists, headings and on street signs.',
    ]);
    expect(messages(nameText(90, 'title').safeParse('x'.repeat(91)))).toEqual([
      ': Keep the title to 90 characters: it is shown in lists, headings and on street signs.',
    ]);
  });

  it('accept Arabic names with the right-to-left mark', () => {
    expect(sensorName.safeParse({ en: 'Traffic camera Markt', ar: 'كاميرا المرور\u200F 01' }).success).toBe(true);
  });
});
