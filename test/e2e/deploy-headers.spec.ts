import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { cacheControlOf, contentType, fileTypeOf } from '../../src/lib/deploy/file-kinds.ts';

/*
 * Serves dist/ with the nginx configuration the build generated (deploy/nginx/), the way
 * docs/deploy.md tells a city to, and checks the headers and that pages work under them.
 */
const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
// Beside this checkout's PLAYWRIGHT_PORT, so that worktrees running this at once do not collide.
const port = Number(process.env['NGINX_TEST_PORT'] ?? Number(process.env['PLAYWRIGHT_PORT'] ?? 4391) + 200);
const redirectPort = port + 100;
const origin = `http://127.0.0.1:${port}`;
let nginx: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  if (spawnSync('nginx', ['-v']).error) {
    throw new Error('nginx is needed for this test: apt-get install -y nginx-light (Debian), or brew install nginx.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  // The generated server blocks, made local: plain HTTP on test ports, this checkout's dist/.
  const site = readFileSync(join(root, 'deploy', 'nginx', 'site.conf'), 'utf8')
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port};`)
    .replace('listen 80;', `listen 127.0.0.1:${redirectPort};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${join(root, 'dist')};`)
    .replaceAll('include security-headers.conf;', `include ${join(root, 'deploy', 'nginx', 'security-headers.conf')};`);
  writeFileSync(join(dir, 'site.conf'), site);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  include ${dir}/site.conf;
}
`,
  );
  nginx = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(`${origin}/en/`)).ok) return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on ${origin}; see ${dir}/error.log`);
});

test.afterAll(() => {
  nginx?.kill();
});

/** A GET with nothing decoded: the bytes nginx sends, as they come. */
function get(path: string, headers: Record<string, string> = {}, toPort = port) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: toPort, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on('error', reject).end();
  });
}

/** Every file the site serves, as a URL path (not `_headers`, read by hosts, nor the prebuilt .gz and .br). */
const distFiles = () =>
  readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name)).replaceAll('\\', '/')}`)
    .filter((path) => path !== '/_headers' && !/\.(gz|br)$/.test(path));

test('every file in dist is of a declared kind', () => {
  expect(distFiles().filter((path) => !fileTypeOf(path))).toEqual([]);
});

test('each kind of file gets its declared content type, compression and caching', async () => {
  const files = distFiles();
  // One file of each extension, and one of each fingerprinted kind and its unfingerprinted neighbours.
  const samples = new Set<string>();
  for (const path of files) {
    const extension = fileTypeOf(path)!.extension;
    if (![...samples].some((sample) => fileTypeOf(sample)!.extension === extension)) samples.add(path);
  }
  const search = readdirSync(join(dist, 'data', 'search'));
  for (const path of [
    '/data/register.csv',
    '/data/register.geojson',
    '/data/catalog.jsonld',
    '/en/feeds/register.atom',
    '/favicon.svg',
    '/data/search/en.json',
    ...['en-t0.', 'en-d0.'].map((start) => `/data/search/${search.find((name) => name.startsWith(start))}`),
    ...files.filter((path) => /^\/(icons\.|data\/compact\/en-)/.test(path)),
  ]) {
    samples.add(path);
  }
  const seen: string[] = [];
  for (const path of samples) {
    const type = fileTypeOf(path)!;
    const file = readFileSync(join(dist, path));
    const plain = await get(path);
    expect(plain.status, path).toBe(200);
    expect(plain.headers['content-type'], path).toBe(contentType(type));
    expect(plain.headers['cache-control'], path).toBe(cacheControlOf(path));
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(file), path).toBe(true);
    const gzipped = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers['content-type'], path).toBe(contentType(type));
    expect(gzipped.headers['cache-control'], path).toBe(cacheControlOf(path));
    expect(gzipped.headers['content-encoding'], path).toBe(type.compress ? 'gzip' : undefined);
    expect(gzipped.headers['vary'], path).toBe(type.compress ? 'Accept-Encoding' : undefined);
    expect(gunzipSync(gzipped.body).equals(file), path).toBe(true);
    seen.push(`${path} ${gzipped.headers['content-type']} ${gzipped.headers['cache-control']}`);
  }
  // The kinds the issue found wrong, as the open-data catalogue and docs/search.md promise them.
  expect(seen).toEqual(
    expect.arrayContaining([
      '/data/register.csv text/csv; charset=utf-8 no-cache',
      '/data/register.geojson application/geo+json no-cache',
      '/data/catalog.jsonld application/ld+json no-cache',
      '/en/feeds/register.atom application/atom+xml; charset=utf-8 no-cache',
      '/data/search/en.json application/json no-cache',
      expect.stringMatching(/^\/data\/search\/en-t0\.\w+\.json application\/json public, max-age=31536000, immutable$/),
    ]),
  );
});

test('the search files are sent as the build compressed them', async () => {
  const search = readdirSync(join(dist, 'data', 'search')).filter((name) => /^en(-t0\.\w+)?\.json$/.test(name));
  expect(search).toHaveLength(2);
  for (const name of search) {
    const response = await get(`/data/search/${name}`, { 'Accept-Encoding': 'gzip, br' });
    expect(response.headers['content-encoding'], name).toBe('gzip');
    // Byte for byte the prebuilt file: gzip_static sent it (nginx-light has no brotli).
    expect(response.body.equals(readFileSync(join(dist, 'data', 'search', `${name}.gz`))), name).toBe(true);
  }
});

test('HTTP redirects to HTTPS and no response names the nginx version', async () => {
  const redirect = await get('/en/register/?kind=anpr-camera', { Host: 'privacy.lindenhaven.example' }, redirectPort);
  expect(redirect.status).toBe(301);
  expect(redirect.headers['location']).toBe('https://privacy.lindenhaven.example/en/register/?kind=anpr-camera');
  expect(redirect.headers['server']).toBe('nginx');
  expect((await get('/en/')).headers['server']).toBe('nginx');
  expect((await get('/nowhere/')).headers['server']).toBe('nginx');
});

test('every kind of response carries the security headers', async ({ request }) => {
  const css = readdirSync(join(root, 'dist', '_astro')).find((name) => name.endsWith('.css'))!;
  for (const path of [
    '/en/',
    '/nl/register/',
    '/ar/quizzes/updates/',
    `/_astro/${css}`,
    '/data/register.csv',
    '/nowhere/',
  ]) {
    const response = await request.get(`${origin}${path}`);
    expect(response.status(), path).toBe(path === '/nowhere/' ? 404 : 200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toMatch(/^default-src 'self';.*frame-ancestors 'none'$/);
    expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    expect(headers['permissions-policy'], path).toContain('camera=(),');
    expect(headers['permissions-policy'], path).toContain('geolocation=(self)');
  }
  const results = await request.get(`${origin}/en/classroom/results/`);
  expect(results.headers()['permissions-policy']).toContain('camera=(self)');
  expect(results.headers()['cache-control']).toBe('no-cache');
  const immutable = await request.get(`${origin}/_astro/${css}`);
  expect(immutable.headers()['cache-control']).toContain('immutable');
});

test('the header policy lets pages work as the built <meta> policy does', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  for (const path of ['/en/quizzes/updates/', '/nl/register/', '/ar/classroom/', '/en/quizzes/']) {
    await page.goto(`${origin}${path}`);
    // An island that hydrated ran its scripts under the header policy (islands further down wait to be seen).
    await expect(page.locator('astro-island:not([ssr])').first()).toBeAttached();
  }
  expect(problems).toEqual([]);
});

test('the editor gets its own policy from nginx; the pages never get the editor’s', async ({ request }) => {
  for (const path of ['/admin/', '/admin/decap-cms.js', '/admin/config.yml']) {
    const headers = (await request.get(`${origin}${path}`)).headers();
    expect(headers['content-security-policy'], path).toMatch(
      /^default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline';.*frame-ancestors 'none'$/,
    );
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['cache-control'], path).toBe('no-cache');
  }
  const page = (await request.get(`${origin}/en/`)).headers()['content-security-policy']!;
  expect(page).not.toContain('unsafe-eval');
  expect(page).not.toContain("'unsafe-inline'");
});
