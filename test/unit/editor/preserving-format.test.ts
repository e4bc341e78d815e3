import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatterFile, writeFrontMatterFile } from '../../../src/lib/editor/front-matter.ts';
import { parseYaml, withoutEmptyFields, writeYaml } from '../../../src/lib/editor/preserving-yaml.ts';

const contentDir = join(import.meta.dirname, '../../../content');
const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((name) =>
  /\.(ya?ml|mdx)$/.test(name),
);

/** What the editor hands back for a file it opened and saved without a change. */
function roundTrip(name: string, text: string): string {
  if (name.endsWith('.mdx')) {
    const { data, body } = parseFrontMatterFile(text);
    return writeFrontMatterFile({ ...data, body }, text);
  }
  return writeYaml(parseYaml(text), text);
}

describe('an untouched open and save', () => {
  it.each(files)('leaves content/%s byte for byte the same', (name) => {
    const text = readFileSync(join(contentDir, name), 'utf8');
    expect(roundTrip(name, text)).toBe(text);
  });
});

const register = `# A comment the author wrote
name:
  en: Bridge camera
  nl: Brugcamera
summary:
  en: >-
    Watches the bridge so that the operator can
    see it is clear.
technology: [camera, cellular]
signage: "yes"
history:
  - date: 2024-01-02
    type: registered
`;

describe('a changed field', () => {
  it('rewrites only that value, keeping comments, folding and quotes elsewhere', () => {
    const data = parseYaml(register);
    (data['name'] as Record<string, string>)['nl'] = 'Brugcamera Havenbrug';
    expect(writeYaml(data, register)).toBe(register.replace('nl: Brugcamera\n', 'nl: Brugcamera Havenbrug\n'));
  });

  it('writes a changed folded text on one line, quoted only when it must be', () => {
    const data = parseYaml(register);
    (data['summary'] as Record<string, string>)['en'] = 'Watches the bridge: is it clear?';
    expect(writeYaml(data, register)).toBe(
      register.replace(/ {2}en: >-\n.*\n.*\n/, '  en: "Watches the bridge: is it clear?"\n'),
    );
  });

  it('rewrites only the list field when an item is added', () => {
    const data = parseYaml(register);
    (data['history'] as unknown[]).push({ date: '2025-02-03', type: 'changed' });
    const written = writeYaml(data, register);
    expect(written).toBe(
      register.replace('type: registered\n', 'type: registered\n  - date: 2025-02-03\n    type: changed\n'),
    );
    expect(parseYaml(written)).toEqual(data);
  });

  it('adds a new field at the end and drops a field the form emptied', () => {
    const data = parseYaml(register);
    data['vendor'] = 'Brugtech B.V.';
    data['signage'] = '';
    expect(writeYaml(data, register)).toBe(register.replace('signage: "yes"\n', '') + 'vendor: Brugtech B.V.\n');
  });

  it('keeps a field the form does not know and does not write empty optional fields', () => {
    const data = parseYaml(register);
    delete data['signage'];
    data['activeUntil'] = '';
    expect(writeYaml(data, register)).toBe(register);
  });

  it('keeps a typed script as text: it is quoted YAML, never markup', () => {
    const data = parseYaml(register);
    (data['name'] as Record<string, string>)['en'] = '<script>alert(1)</script>';
    const written = writeYaml(data, register);
    expect(parseYaml(written)['name']).toEqual({ en: '<script>alert(1)</script>', nl: 'Brugcamera' });
  });
});

const devices = files.filter((name) => /^register\/[^/]+\.yaml$/.test(name));

describe('one edited name of a device', () => {
  // What the form hands back: every field it shows, empty ones (`conformity: []`) left out.
  it.each(devices)('changes only that line in content/%s', (name) => {
    const text = readFileSync(join(contentDir, name), 'utf8');
    const data = withoutEmptyFields(parseYaml(text)) as Record<string, Record<string, string>>;
    const dutch = data['name']!['nl']!;
    data['name']!['nl'] = `${dutch} (test)`;
    const written = writeYaml(data, text).split('\n');
    const lines = text.split('\n');
    expect(written.length).toBe(lines.length);
    const changed = lines.flatMap((line, index) => (line === written[index] ? [] : [[line, written[index]]]));
    expect(changed).toHaveLength(1);
    expect(parseYaml(written.join('\n'))['name']).toMatchObject({ nl: `${dutch} (test)` });
  });
});

describe('yes and no', () => {
  it('are written quoted, as the hand-written files do, so that YAML 1.1 readers keep them as text', () => {
    const data = parseYaml(register);
    data['signage'] = 'no';
    data['security'] = { encryptedInTransit: 'yes', updates: 'remote' };
    expect(writeYaml(data, register)).toBe(
      register.replace('signage: "yes"\n', 'signage: "no"\n') +
        'security:\n  encryptedInTransit: "yes"\n  updates: remote\n',
    );
  });

  it('are quoted in a new file and where a plain value becomes yes', () => {
    expect(writeYaml({ signage: 'yes', name: { en: 'On', nl: 'no' } })).toBe(
      'signage: "yes"\nname:\n  en: "On"\n  nl: "no"\n',
    );
    const plain = 'signage: partly\nnetwork: separated\n';
    expect(writeYaml({ signage: 'yes', network: 'separated' }, plain)).toBe('signage: "yes"\nnetwork: separated\n');
  });
});

describe('an MDX file', () => {
  const lesson = `---
title: Home network
duration: 8
---

First paragraph.

<Callout type="tip">Use a guest network.</Callout>

Last paragraph.
`;

  it('changes only the paragraph that was edited', () => {
    const { data, body } = parseFrontMatterFile(lesson);
    const edited = body.replace('First paragraph.', 'First paragraph, edited.');
    expect(writeFrontMatterFile({ ...data, body: edited }, lesson)).toBe(
      lesson.replace('First paragraph.', 'First paragraph, edited.'),
    );
  });

  it('writes a new file with its front matter and body', () => {
    expect(writeFrontMatterFile({ title: 'New', severity: 'low', body: 'Text.\n' })).toBe(
      '---\ntitle: New\nseverity: low\n---\n\nText.\n',
    );
  });
});
