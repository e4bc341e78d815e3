/**
 * The Chromium that the browser tests and the benchmarks drive, and the flags they start it with.
 * It lives with the scripts because the benchmarks are scripts, and scripts use no test code.
 */

import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium on a closed network, run as root in CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium to test with: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's
 * own download. Stops with the command to run when there is none.
 */
export function findChromium(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const systemBrowser = candidates.find((path): path is string => Boolean(path) && existsSync(path!));
  if (systemBrowser) return systemBrowser;
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return bundled;
  throw new Error(
    [
      'No Chromium found for the browser tests.',
      'On Debian or Ubuntu, install it with:  sudo apt-get update && sudo apt-get install -y chromium',
      'Elsewhere, set CHROMIUM_PATH=/path/to/chromium, or run:  npx playwright install chromium',
    ].join('\n'),
  );
}
