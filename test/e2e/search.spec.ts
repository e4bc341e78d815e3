import { expect, test } from '@playwright/test';
import { readRegister } from '../../src/lib/register/load-register.ts';

const { register } = readRegister('content');
const anprInCentrum = register.entries.filter((e) => e.kind === 'anpr-camera' && e.districts.includes('centrum'));

test('the index is fetched on the first focus of the header box, never on page load', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/search/')) searchFiles.push(request.url());
  });
  await page.goto('/en/about/');
  await page.waitForLoadState('networkidle');
  expect(searchFiles).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the site' }).focus();
  await expect.poll(() => searchFiles.some((url) => url.endsWith('/data/search/en.json'))).toBe(true);
});

test('a resident finds licence plate cameras in Centrum from the Dutch header box', async ({ page }) => {
  await page.goto('/nl/');
  const box = page.getByRole('combobox', { name: 'Zoek op deze site' }).or(page.locator('#header-search'));
  await box.click();
  await box.pressSequentially('kentekencamera centrum');
  const listbox = page.getByRole('listbox');
  await expect(listbox).toHaveAttribute('data-query', 'kentekencamera centrum');
  await expect(page.locator('search-box [role=status]')).toHaveText(`${anprInCentrum.length} resultaten`);
  const options = listbox.getByRole('option');
  await expect(options.first()).toContainText('Kentekencamera · Centrum · Persoonsgegevens');

  // Keyboard only: down to the first suggestion, Enter opens its sensor page.
  await box.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/nl/register/(${anprInCentrum.map((e) => e.id).join('|')})/$`));
});

test('Escape closes the suggestions, Enter without a choice opens the search page', async ({ page }) => {
  await page.goto('/en/');
  const box = page.locator('#header-search');
  await box.click();
  await box.pressSequentially('wi-fi');
  await expect(page.getByRole('listbox')).toBeVisible();
  await box.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=wi-fi$/);
  await expect(page.getByRole('status').filter({ hasText: /results?$/ })).toBeVisible();
  await expect(page.locator('.search-result').first()).toContainText(/wi-?fi/i);
});

test('a lesson is found in Arabic on the search page, filtered by type, with the words marked', async ({ page }) => {
  await page.goto(`/ar/search/?q=${encodeURIComponent('كلمات المرور')}`);
  const results = page.locator('.search-results');
  await expect(results).toHaveAttribute('data-query', 'كلمات المرور');
  await page.getByRole('radio', { name: /الدروس/ }).check();
  await expect(page).toHaveURL(/type=lesson/);
  const first = page.locator('.search-result').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', /^\/ar\/lessons\/[a-z-]+\/$/);
  await expect(first.locator('.search-facts')).toHaveText('درس');
  await expect(first.locator('mark').first()).toBeVisible();
});

for (const [lang, query, filter, kind, facts, title] of [
  [
    'en',
    'factory password camera',
    'Advisories',
    'Advisory',
    'Advisory · Severity: High · Status: Open',
    'Home cameras with factory passwords are being taken over',
  ],
  [
    'nl',
    'fabriekswachtwoord camera',
    'Adviezen',
    'Advies',
    'Advies · Ernst: Hoog · Status: Open',
    'Camera’s met fabriekswachtwoord worden overgenomen',
  ],
  [
    'ar',
    'كاميرات المصنع',
    'التنبيهات',
    'تنبيه',
    'تنبيه · درجة الخطورة: عالية · الحالة: مفتوح',
    'الاستيلاء على كاميرات منزلية ما زالت تستخدم كلمة مرور المصنع',
  ],
] as const) {
  test(`a resident finds an advisory in ${lang}, filtered by type, and opens it`, async ({ page }) => {
    await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('.search-results')).toHaveAttribute('data-query', query);
    await page.getByRole('radio', { name: new RegExp(`^${filter} \\(`) }).check();
    await expect(page).toHaveURL(/type=advisory/);
    const results = page.locator('.search-result');
    await expect(results.locator('.search-facts').filter({ hasNotText: kind })).toHaveCount(0);
    const result = results.filter({ has: page.getByRole('link', { name: title }) });
    await expect(result.locator('.search-facts')).toHaveText(facts);
    const link = result.getByRole('link', { name: title });
    await expect(link).toHaveAttribute('href', `/${lang}/advisories/home-camera-botnet/`);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });
}

test('the search page works with the keyboard alone', async ({ page }) => {
  await page.goto('/en/search/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const input = page.getByRole('searchbox', { name: 'Search the site' }).last();
  await input.focus();
  await page.keyboard.type('air quality');
  await expect(page.locator('.search-results')).toHaveAttribute('data-query', 'air quality');
  await page.keyboard.press('ArrowDown');
  const links = page.locator('.search-result a');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(input).toHaveValue('');
  await expect(page).toHaveURL(/\/en\/search\/$/);
});

test('a script in the query is shown as text and never runs', async ({ page }) => {
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
  await page.goto(`/en/search/?q=${encodeURIComponent(payload)}`);
  const status = page.locator('.search-page__status');
  await expect(status).toContainText('Nothing found for “<img src=x');
  await expect(page.locator('.search-page img, .search-page script')).toHaveCount(0);
  await page.locator('#header-search').fill(payload);
  await expect(page.getByRole('listbox').getByRole('option').last()).toContainText(payload);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
});

test('without JavaScript the search page says so and links to the register and the lessons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/nl/search/?q=camera');
  await expect(page.getByText('Zoeken werkt met JavaScript')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sensorregister' }).last()).toHaveAttribute('href', '/nl/register/');
  await expect(page.getByRole('link', { name: 'Lessen' }).last()).toHaveAttribute('href', '/nl/lessons/');
  await context.close();
});
