import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: import('@playwright/test').Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(tags).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'ar']) {
    test(`/${locale}/search/ with results and the header box open (${scheme}): no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/${locale}/search/?q=camera`);
      await expect(page.locator('.search-results')).toHaveAttribute('data-query', 'camera');
      const box = page.locator('#header-search');
      await box.click();
      await box.pressSequentially('camera');
      await expect(page.getByRole('listbox')).toBeVisible();
      await box.press('ArrowDown');
      expect(await violations(page)).toEqual([]);
    });
  }
}
