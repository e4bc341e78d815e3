import { describe, expect, it } from 'vitest';
import { entryYaml } from '../../../src/lib/register/import/entry-yaml.ts';
import { editEntryText } from '../../../src/lib/register/import/yaml-edit.ts';

describe('the importer writes yes and no quoted, as the hand-written files do', () => {
  it('in a new device file', () => {
    // Python's yaml.safe_load (YAML 1.1) reads a plain yes as True.
    const text = entryYaml({ signage: 'yes', security: { encryptedInTransit: 'no' } });
    expect(text).toBe('signage: "yes"\nsecurity:\n  encryptedInTransit: "no"\n');
  });

  it('where a plain value of an existing file becomes yes', () => {
    const original = 'id: camera-1\nsignage: partly\nsecurity:\n  encryptedInTransit: partly\n';
    const after = { id: 'camera-1', signage: 'yes', security: { encryptedInTransit: 'no' } };
    expect(editEntryText(original, after)).toBe(
      'id: camera-1\nsignage: "yes"\nsecurity:\n  encryptedInTransit: "no"\n',
    );
  });
});
