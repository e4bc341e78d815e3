import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Writes `.gz` and `.br` copies beside every `.json` file in a folder, at the highest levels, so
 * that a host that serves precompressed files (nginx gzip_static/brotli_static, most CDNs,
 * Netlify, Cloudflare Pages) sends the smallest bytes without compressing on every request.
 */
export function precompressJson(folder: string): { files: number } {
  const names = readdirSync(folder).filter((name) => name.endsWith('.json'));
  for (const name of names) {
    const body = readFileSync(join(folder, name));
    writeFileSync(join(folder, `${name}.gz`), gzipSync(body, { level: 9 }));
    writeFileSync(
      join(folder, `${name}.br`),
      brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
    );
  }
  return { files: names.length };
}
