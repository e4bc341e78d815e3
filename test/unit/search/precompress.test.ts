import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressJson } from '../../../src/lib/search/precompress.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('precompressed search files', () => {
  it('writes a .gz and a .br beside every JSON file, each giving back the same bytes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'precompress-'));
    folders.push(folder);
    const files = Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [
        `nl-t${i}.json`,
        JSON.stringify({ shard: i, terms: Array.from({ length: 500 }, (_, j) => `term${i}-${j}`) }),
      ]),
    );
    for (const [name, body] of Object.entries(files)) writeFileSync(join(folder, name), body);
    writeFileSync(join(folder, 'notes.txt'), 'not an index file');

    expect(await precompressJson(folder)).toEqual({ files: 9 });
    for (const [name, body] of Object.entries(files)) {
      const gz = readFileSync(join(folder, `${name}.gz`));
      const br = readFileSync(join(folder, `${name}.br`));
      expect(gunzipSync(gz).toString()).toBe(body);
      expect(brotliDecompressSync(br).toString()).toBe(body);
      expect(br.length).toBeLessThan(body.length / 3);
    }
    expect(readdirSync(folder).filter((name) => name.startsWith('notes'))).toEqual(['notes.txt']);
  });
});
