import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/*
 * Serves dist/ with the nginx configuration the build generated (deploy/nginx/), the way
 * docs/deploy.md tells a city to, and checks the headers and that pages work under them.
 */
const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env['NGINX_TEST_PORT'] ?? 4395);
const origin = `http://127.0.0.1:${port}`;
let nginx: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  if (spawnSync('nginx', ['-v']).error) {
    throw new Error('nginx is needed for this test: apt-get install -y nginx-light (Debian), or brew install nginx.');
  }
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  // The generated server block, made local: plain HTTP on a test port, this checkout's dist/.
  const site = readFileSync(join(root, 'deploy', 'nginx', 'site.conf'), 'utf8')
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port};`)
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
