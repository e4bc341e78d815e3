import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab until the locator has focus, as a keyboard user would, then waits until its island
 * has hydrated (islands load when they scroll into view).
 */
export async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expect(target.locator('xpath=ancestor::astro-island[@ssr]')).toHaveCount(0);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab`);
}
