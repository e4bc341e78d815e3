import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/*
 * The browser editor is off unless a city's profile turns it on (docs/editing.md): the second
 * city's city.config.ts says nothing about it, so its site has no /admin/ and its server headers
 * no editor policy.
 */
const out = join(import.meta.dirname, '..', '..', '..', 'dist-cities', 'ulmenstedt');

test('a city that does not enable the editor publishes no /admin/', async ({ request }) => {
  expect((await request.get('/admin/')).status()).toBe(404);
  expect((await request.get('/admin/config.yml')).status()).toBe(404);
  expect(existsSync(join(out, 'admin'))).toBe(false);
  expect(readFileSync(join(out, '_headers'), 'utf8')).not.toContain('/admin/');
});
