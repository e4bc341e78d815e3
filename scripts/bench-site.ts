/**
 * What the benchmarks share (`npm run bench`, `npm run bench:search`): a site with a generated
 * register in a temporary folder, and a static server for its dist/ that compresses like a CDN.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize as normalizePath } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentEntries } from '../src/content-kinds/index.ts';
import { contentCacheDir } from '../src/lib/content-cache-dir.ts';

/** The folders of a generated site: content/ to build from, dist/ to build into, and the work folder holding both. */
export interface GeneratedSite {
  work: string;
  content: string;
  dist: string;
}

/**
 * Generates a register of `size` synthetic sensors (seeded, never in content/) with the real
 * content beside it (lessons link to real sensors by id, and the pages should be the site's
 * pages), hands the folders to `use`, and removes them and the build's content cache afterwards.
 */
export async function withGeneratedSite<T>(
  size: number,
  name: string,
  use: (site: GeneratedSite) => Promise<T>,
): Promise<T> {
  const work = mkdtempSync(join(tmpdir(), `${name}-${size}-`));
  const site = { work, content: join(work, 'content'), dist: join(work, 'dist') };
  try {
    execFileSync(process.execPath, ['scripts/generate-register.ts', String(size), site.content], { stdio: 'ignore' });
    // Every kind's real files the generator did not write, and the real sensors among the synthetic ones.
    for (const entry of contentEntries)
      if (existsSync(join('content', entry)) && (entry === 'register' || !existsSync(join(site.content, entry))))
        cpSync(join('content', entry), join(site.content, entry), { recursive: true });
    return await use(site);
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(contentCacheDir(site.content), { recursive: true, force: true });
  }
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** A static server like a CDN: precompressed .br when accepted, else gzip made once per file. */
export function serve(
  root: string,
  harness: Map<string, string> = new Map(),
): Promise<{ server: Server; url: string }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const accept = String(request.headers['accept-encoding'] ?? '');
    let body: Buffer;
    let file = normalizePath(join(root, path));
    if (harness.has(path)) body = Buffer.from(harness.get(path)!);
    else {
      if (!file.startsWith(root)) return void response.writeHead(403).end();
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return void response.writeHead(404).end();
      body = readFileSync(file);
    }
    const type = harness.has(path) ? types['.html']! : (types[extname(file)] ?? 'application/octet-stream');
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    // Pagefind's index files are gzip inside already; it decompresses them itself.
    const compressible = /^(text|application\/(json|javascript|wasm))/.test(type) || type === 'image/svg+xml';
    if (compressible && accept.includes('br') && existsSync(`${file}.br`)) {
      body = readFileSync(`${file}.br`);
      headers['Content-Encoding'] = 'br';
    } else if (compressible && accept.includes('gzip')) {
      const key = harness.has(path) ? path : file;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key)!;
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${address.port}` });
    }),
  );
}
