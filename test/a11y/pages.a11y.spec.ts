import { expect, test } from '@playwright/test';
import { axeViolations as violations } from '../support/axe.ts';
import { explorerReady } from '../support/register.ts';
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
      // A click before the explorer has hydrated would be lost, and no map would open.
      await explorerReady(page);
      await page.locator('.explorer__toolbar button[aria-controls="register-map"]').click();
      await expect(page.locator('.register-marker').first()).toBeVisible();
      await page.locator('.facet summary').first().click();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('a phone with the menu and the register filters open and closed', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const locale of ['en', 'ar']) {
      test(`/${locale}/register/ (${colorScheme}): no axe violations, menu and filters closed, then open`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${locale}/register/?personalData=yes`);
        await expect(page.locator('astro-island[component-url*="RegisterExplorer"]')).not.toHaveAttribute('ssr');
        await expect(page.locator('.explorer__results > .sensor-list .sensor-item').first()).toBeVisible();
        expect(await violations(page)).toEqual([]);

        await page.locator('.explorer__filters-button').click();
        await page.locator('.facet summary').first().click();
        // The open menu lies over the page, so it opens last.
        await page.locator('.site-menu > summary').click();
        await expect(page.locator('.site-nav')).toBeVisible();
        await expect(page.locator('.explorer__filters')).toBeVisible();
        expect(await violations(page)).toEqual([]);

        await page.locator('.site-menu > summary').click();
        await page.locator('.explorer__done').click();
        await page.locator('.explorer__view button').last().click();
        await expect(page.locator('.register-table')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    }
  }
});

test.describe('a wide screen with the register table', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`/ar/register/ (${colorScheme}): no axe violations in the table, sorted`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/ar/register/?sort=retention&order=desc');
      await expect(page.locator('.register-table tbody tr').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});
