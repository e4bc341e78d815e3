import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/support/chromium.ts';

// PLAYWRIGHT_PORT: a second checkout (a git worktree) can run its browser tests at the same time.
const port = Number(process.env['PLAYWRIGHT_PORT'] ?? 4391);
// The second city (test/cities/ulmenstedt) is served beside the demo city, ten ports up.
const cityPort = Number(process.env['PLAYWRIGHT_CITY_PORT'] ?? port + 10);
const city = 'test/cities/ulmenstedt';
const cityOut = 'dist-cities/ulmenstedt';

/** Browser tests run against the built site (dist/), served by `astro preview`, never the dev server. */
export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Journeys (a whole quiz by keyboard, a class with two students) take a while on a busy 2-core machine.
  timeout: 60_000,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    serviceWorkers: 'block',
    trace: 'off',
  },
  projects: [
    { name: 'demo city', testIgnore: ['e2e/second-city/**'] },
    {
      // A city that forked the site: its own profile, languages (German first) and content.
      name: 'second city',
      testMatch: ['e2e/second-city/**/*.spec.ts'],
      use: { baseURL: `http://127.0.0.1:${cityPort}` },
    },
  ],
  webServer: [
    {
      // --ignore-lock: run beside a preview the developer may have open (npm start), never replacing it.
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/en/`,
      reuseExistingServer: !process.env['CI'],
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 60_000,
    },
    {
      // npm test builds the second city before the browser tests (npm run city:build); a checkout
      // that never did builds it here first (about 35 s).
      command:
        `(test -d ${cityOut} || npm run city:build -- ${city} --out ${cityOut}) && ` +
        `npx astro preview --ignore-lock --host 127.0.0.1 --port ${cityPort} --outDir ${cityOut}`,
      url: `http://127.0.0.1:${cityPort}/de/`,
      reuseExistingServer: !process.env['CI'],
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      timeout: 180_000,
    },
  ],
});
