import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readJsonInput } from '../../../src/tooling/register/import/read-input.ts';
import { demoCopy, runImport, snapshot } from '../../support/import-run.ts';

/** A demo device as a JSON entry under another id, as the proposal form or an export writes it. */
function entryFrom(id: string, changes: Record<string, unknown>): Record<string, unknown> {
  const entry = parse(readFileSync(join('content', 'register', 'anpr-centrum-01.yaml'), 'utf8'), {
    schema: 'core',
  }) as Record<string, unknown>;
  return { ...entry, id, ...changes };
}

describe('register import of a JSON file (an export or a proposal)', () => {
  it('reads a file that starts with a byte order mark, as Notepad saves it', () => {
    const read = readJsonInput('\uFEFF{"entries": [{"id": "a"}]}');
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.id)).toEqual(['a']);
  });

  it('says what it expected of a file that holds only null, instead of stopping with a TypeError', () => {
    expect(readJsonInput('null').problems).toEqual([
      { where: 'file', column: 'entries', message: 'Expected this site\'s export: an object with an "entries" list.' },
    ]);
  });

  it('refuses an entry with a "__proto__" key, which would smuggle fields in unseen', () => {
    const read = readJsonInput('{"entries": [{"id": "a", "name": {"en": "A"}, "__proto__": {"vendor": "Hidden"}}]}');
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([
      {
        where: 'entry 1',
        column: '__proto__',
        message:
          '"__proto__" is not a field: remove it. A key with this name can change what the other fields of the entry mean, and it would be imported unseen.',
      },
    ]);
    expect(readJsonInput('{"entries": [{"id": "a", "security": {"constructor": {}}}]}').problems[0]?.column).toBe(
      'security.constructor',
    );
  });

  it('refuses control characters the content check would refuse, writes nothing, and prints none raw', () => {
    const dir = demoCopy();
    const before = snapshot(dir);
    const file = join(dir, 'proposal.json');
    const name = { en: 'Camera\u001b[2K\u001b[31mESC', nl: 'Camera', ar: 'كاميرا' };
    writeFileSync(file, JSON.stringify({ entries: [entryFrom('bus-lane-camera-lakenstraat', { name })] }));
    const result = runImport(dir, file);
    expect(result.status).toBe(1);
    expect(result.err).toContain(
      'entry 1, column name.en: Remove the invisible control character U+001B at characters 7 and 11: it breaks the signs, feeds and open data.',
    );
    expect(result.out + result.err).not.toContain('\u001b');
    expect(snapshot(dir)).toEqual(before);
  });

  it('a proposal is one new device: the rest of the register is not listed as missing, nor may it be marked removed', () => {
    const dir = demoCopy();
    const file = join(dir, 'proposal.json');
    const proposal = {
      entries: [entryFrom('bus-lane-camera-lakenstraat', {})],
      proposedBy: { name: 'A. Owner', email: 'owner@example.org' },
    };
    writeFileSync(file, JSON.stringify(proposal));
    const dry = runImport(dir, file, '--dry-run');
    expect(dry.status, dry.err).toBe(0);
    expect(dry.out).toContain('new bus-lane-camera-lakenstraat');
    expect(dry.out).not.toContain('in the register but not in the file');
    const remove = runImport(dir, file, '--mark-missing-as-removed');
    expect(remove.status).toBe(1);
    expect(remove.err).toContain(
      '--mark-missing-as-removed is for a full list of the register; this file is a proposal for one device.',
    );
  });
});
