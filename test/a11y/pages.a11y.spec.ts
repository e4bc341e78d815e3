import { expect, test } from '@playwright/test';
import { axeViolations as violations } from '../support/axe.ts';
import { checkedPagePaths, representativePaths } from '../support/site.ts';

test.describe('every page', () => {
  for (const path of checkedPagePaths()) {
    test(`${path}: no axe violations`, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('one page of each kind', () => {
  for (const path of representativePaths()) {
    test(`${path} (dark mode): no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });

    test(`${path}: reflows at 320px without horizontal scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('the register with filters and the map open', () => {
  for (const locale of ['en', 'ar']) {
    test(`/${locale}/register/ with the map: no axe violations`, async ({ page }) => {
      await page.goto(`/${locale}/register/?personalData=yes`);
      await page.locator('.explorer__toolbar button[aria-controls="register-map"]').click();
      await expect(page.locator('.register-marker').first()).toBeVisible();
      await page.locator('.facet summary').first().click();
      expect(await violations(page)).toEqual([]);
    });
  }
});
