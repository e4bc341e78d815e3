import { expect, test } from '@playwright/test';
import { city } from '../../src/site/city.ts';
import { requiredPageSlugs, specialPageSlugs } from '../../src/schemas/page.ts';
import { footerNavigation } from '../../src/components/navigation.ts';

const routedSlugs = requiredPageSlugs.filter((slug) => !specialPageSlugs.includes(slug));

for (const { code } of city.locales) {
  test(`${code}: every site page has a title, a heading and the shared header and footer`, async ({ page }) => {
    for (const slug of ['', ...routedSlugs]) {
      const response = await page.goto(`/${code}/${slug ? `${slug}/` : ''}`);
      expect(response?.status(), `/${code}/${slug}`).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await page.title()).toContain(city.name[code]!);
      await expect(page.locator('header.site-header')).toBeVisible();
      await expect(page.locator('footer.site-footer nav a')).toHaveCount(footerNavigation.length);
      await expect(page.locator('.fallback-notice')).toHaveCount(0);
    }
  });
}

test('footer links lead to pages that exist', async ({ page, request }) => {
  await page.goto('/nl/');
  const hrefs = await page
    .locator('footer a[href^="/"], header a[href^="/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(8);
  for (const href of new Set(hrefs)) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test('the skip link is the first stop for keyboard users and moves focus to the content', async ({ page }) => {
  await page.goto('/en/about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address answers 404 in every language', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  for (const { code, dir } of city.locales) {
    const version =
      code === city.defaultLocale ? page.locator('article').first() : page.locator(`article[lang="${code}"]`);
    await expect(version.getByRole('heading').first()).toBeVisible();
    if (code !== city.defaultLocale) await expect(version).toHaveAttribute('dir', dir);
  }
  await expect(
    page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }),
  ).toHaveAttribute('href', '/nl/');
});

test('security.txt names the response team, an expiry and the disclosure policy (RFC 9116)', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain(`Contact: mailto:${city.contacts.cert.email}`);
  expect(text).toMatch(/^Expires: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/m);
  expect(text).toContain(`Canonical: ${city.siteUrl}/.well-known/security.txt`);
  expect(text).toContain('Preferred-Languages: en, nl, ar');
  const policy = text.match(/^Policy: (.+)$/m)![1]!;
  expect((await request.get(new URL(policy).pathname)).status()).toBe(200);
});

test('content components render in a page: Contact links to the team from the city profile', async ({ page }) => {
  await page.goto('/nl/vulnerability-disclosure/');
  await expect(page.locator(`main a[href="mailto:${city.contacts.cert.email}"]`).first()).toBeVisible();
});
