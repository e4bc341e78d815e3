import { expect, test } from '@playwright/test';
import { checkedPagePaths } from '../support/site.ts';

/*
 * A privacy site that leaks is worse than none: on every page, nothing may be requested from
 * another host, no cookie may be set, no Content Security Policy may be violated, and nothing
 * may be logged as an error.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
      );
    });
  });
});

for (const path of checkedPagePaths()) {
  test(`${path}: stays on this site, sets no cookie, violates no CSP`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('404 (Not Found)')) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);

    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
    expect(await page.evaluate(() => document.cookie), 'document.cookie').toBe('');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), 'CSP').toEqual(
      [],
    );
    expect(errors, 'console errors').toEqual([]);
  });
}

test('the CSP blocks a script that was slipped into a page', async ({ page }) => {
  await page.goto('/en/about/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return Boolean((window as unknown as { injected?: boolean }).injected);
  });
  expect(ran).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toHaveLength(1);
});
