import { expect, test } from '@playwright/test';
import { city } from '../../src/site/city.ts';

test.describe('every language', () => {
  for (const { code, dir, name } of city.locales) {
    test(`${name}: home declares lang="${code}" dir="${dir}" and links its alternates`, async ({ page }) => {
      await page.goto(`/${code}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.locator('h1')).toHaveCount(1);
      for (const other of city.locales) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${other.code}"]`)).toHaveAttribute(
          'href',
          `${city.siteUrl}/${other.code}/`,
        );
      }
    });
  }
});

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/privacy/');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  await switcher.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/privacy\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/privacy\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('navigation', { name: 'اللغة' }).getByRole('link', { name: 'العربية' })).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('right-to-left pages mirror the layout', async ({ page }) => {
  await page.goto('/ar/about/');
  const header = page.locator('.site-header__name');
  const switcher = page.locator('.language-switcher');
  const nameBox = (await header.boundingBox())!;
  const switcherBox = (await switcher.boundingBox())!;
  // In Arabic the site name sits on the right and the language switcher on the left.
  expect(nameBox.x).toBeGreaterThan(switcherBox.x);
});

test.describe('the language choice at /', () => {
  test.use({ locale: 'ar-MA' });
  test("forwards to the browser's preferred language", async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ar\/$/);
  });
});

test.describe('the language choice at / with a language the site does not offer', () => {
  test.use({ locale: 'de-DE' });
  test('forwards to the default language', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${city.defaultLocale}/$`));
  });
});

test.describe('the language choice without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('offers a link to every language', async ({ page }) => {
    await page.goto('/');
    for (const { code } of city.locales) {
      await expect(page.locator(`li[lang="${code}"] a[href="/${code}/"]`)).toBeVisible();
    }
    await page.locator('li[lang="nl"] a').click();
    await expect(page).toHaveURL(/\/nl\/$/);
  });
});
