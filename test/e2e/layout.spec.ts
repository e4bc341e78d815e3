import { expect, test, type Locator, type Page } from '@playwright/test';
import { readRegister } from '../../src/lib/register/load-register.ts';
import { explorerReady } from '../support/register.ts';

/**
 * Layout by measurement, not by pixel baselines: the boxes residents meet on the first screen of
 * a phone (390 × 844) and a laptop (1280 × 900), in a left-to-right and a right-to-left language.
 * `npm run screenshots` writes pictures of the same pages for people to look at.
 */
const { register } = readRegister('content');
const device = register.entries.find((e) => e.personalData && e.location.type === 'point')!;
const phone = { width: 390, height: 844 };
const wide = { width: 1280, height: 900 };
const lessonsWithDiagrams = ['home-network', 'default-passwords', 'sensors-in-your-street'];

const box = async (locator: Locator) => (await locator.boundingBox())!;
const firstDevice = (page: Page) =>
  page.locator('.sensor-item, .register-table tbody tr').locator('visible=true').first();

for (const locale of ['en', 'ar']) {
  const rtl = locale === 'ar';

  test.describe(`${locale} on a phone`, () => {
    test.use({ viewport: phone });

    test('the header is at most 140 px tall on every page type, with the navigation behind Menu', async ({ page }) => {
      for (const path of ['', 'register/', `register/${device.id}/`, 'lessons/home-network/', 'search/']) {
        await page.goto(`/${locale}/${path}`);
        expect((await box(page.locator('.site-header'))).height, path).toBeLessThanOrEqual(140);
        await expect(page.locator('.site-nav')).toBeHidden();
        await expect(page.locator('.site-menu > summary')).toBeVisible();
        await expect(page.locator('#header-search')).toBeInViewport();
        // The page's own language is left out on phones; the others are one tap away.
        await expect(page.locator('.language-switcher a:not([aria-current])').first()).toBeInViewport();
      }
    });

    test('the first device of the register is on the first screen, the filters behind a button', async ({ page }) => {
      await page.goto(`/${locale}/register/`);
      await explorerReady(page);
      const name = firstDevice(page).locator('a').first();
      expect((await box(name)).y + (await box(name)).height).toBeLessThanOrEqual(phone.height);
      await expect(page.locator('.explorer__filters')).toBeHidden();
      await expect(page.locator('.explorer__filters-button')).toBeInViewport();
    });

    test('a device page answers the four questions on the first screen', async ({ page }) => {
      await page.goto(`/${locale}/register/${device.id}/`);
      const answers = page.locator('.sensor-answers dd');
      await expect(answers).toHaveCount(4);
      const last = await box(answers.last());
      expect(last.y + last.height).toBeLessThanOrEqual(phone.height);
    });

    test('no label in a lesson diagram is wider than its box', async ({ page }) => {
      for (const slug of lessonsWithDiagrams) {
        await page.goto(`/${locale}/lessons/${slug}/`);
        const overflowing = await page.locator('.diagram__box').evaluateAll((groups) =>
          groups.flatMap((group) => {
            const frame = group.querySelector('rect')!.getBoundingClientRect();
            return [...group.querySelectorAll('text')]
              .filter((text) => {
                const label = text.getBoundingClientRect();
                return label.left < frame.left || label.right > frame.right;
              })
              .map((text) => text.textContent);
          }),
        );
        expect(overflowing, slug).toEqual([]);
      }
    });
  });

  test.describe(`${locale} on a wide screen`, () => {
    test.use({ viewport: wide });

    test("the header keeps today's layout: the navigation as a bar of links, no Menu button", async ({ page }) => {
      await page.goto(`/${locale}/`);
      expect((await box(page.locator('.site-header'))).height).toBeLessThanOrEqual(140);
      await expect(page.locator('.site-menu > summary')).toBeHidden();
      const links = page.locator('.site-nav a');
      await expect(links.first()).toBeVisible();
      // One row: every link at the same height.
      const tops = await links.evaluateAll((all) => all.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(new Set(tops).size).toBe(1);
      const search = await box(page.locator('#header-search'));
      expect(search.y + search.height).toBeLessThan((await box(links.first())).y);
    });

    test('the list of devices sits beside the filters, on the first screen', async ({ page }) => {
      await page.goto(`/${locale}/register/`);
      await explorerReady(page);
      await expect(page.locator('.register-table tbody tr').first()).toBeVisible();
      const filters = await box(page.locator('.explorer__filters'));
      const first = await box(firstDevice(page));
      expect(first.y).toBeLessThan(wide.height - 40);
      expect(first.y).toBeLessThan(filters.y + filters.height);
      if (rtl) expect(first.x + first.width).toBeLessThanOrEqual(filters.x);
      else expect(first.x).toBeGreaterThanOrEqual(filters.x + filters.width);
    });
  });

  test(`${locale}: no horizontal scrolling at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['', 'register/', `register/${device.id}/`, 'lessons/home-network/']) {
      await page.goto(`/${locale}/${path}`);
      await page.locator('.site-menu > summary').click();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
}

test.describe('the Menu on a phone', () => {
  test.use({ viewport: phone });

  test('opens and closes by keyboard; the focus stays on the button, then goes into the menu', async ({ page }) => {
    await page.goto('/en/lessons/');
    const menu = page.locator('.site-menu > summary');
    const register = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' });
    await expect(register).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(register).toBeVisible();
    await expect(menu).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(register).toBeFocused();
    await menu.click();
    await expect(register).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
    const page = await context.newPage();
    await page.goto('/ar/');
    await page.getByText('القائمة', { exact: true }).click();
    await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'الدروس' }).click();
    await expect(page).toHaveURL(/\/ar\/lessons\/$/);
    await context.close();
  });

  test('without JavaScript the register list comes first', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: phone });
    const page = await context.newPage();
    await page.goto('/en/register/');
    await expect(page.locator('.explorer__filters-button')).toBeHidden();
    const name = page.locator('#register-plain-list .sensor-item a').first();
    expect((await box(name)).y).toBeLessThan(phone.height);
    await context.close();
  });
});
