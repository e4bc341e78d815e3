import { expect, test } from '@playwright/test';
import { city } from '../../src/site/city.ts';

test('a resident reads an advisory in Dutch and follows it to a lesson', async ({ page }) => {
  await page.goto('/nl/');
  const urgent = page.getByRole('region', { name: 'Kom nu in actie: open adviezen met hoge ernst' });
  await expect(urgent.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Adviezen' }).click();

  await expect(page).toHaveURL(/\/nl\/advisories\/$/);
  const status = page.getByRole('status');
  await expect(status).toHaveText('6 adviezen getoond');
  await page.getByLabel('Status').selectOption({ label: 'Opgelost' });
  await expect(status).toHaveText('1 advies getoond');
  await expect(page).toHaveURL(/\?status=resolved$/);
  await expect(page.locator('.advisory-list__item:visible')).toHaveText(/Verkeerslichten verloren verbinding/);
  await page.getByLabel('Status').selectOption({ label: 'Alle' });
  await page.getByLabel('Ernst').selectOption({ label: 'Hoog' });
  await expect(status).toHaveText('2 adviezen getoond');
  await page.getByLabel('Status').selectOption({ label: 'Opgelost' });
  await expect(status).toHaveText('0 adviezen getoond');
  await expect(page.getByText('Geen adviezen bij deze keuze.')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Open' });

  await page.getByRole('link', { name: 'Nep-sms’jes over parkeerboetes' }).click();
  await expect(page.locator('h1')).toHaveText('Nep-sms’jes over parkeerboetes');
  await expect(page.getByText('Ernst: Hoog')).toBeVisible();
  const steps = page.getByRole('region', { name: 'Wat je nu kunt doen' });
  await expect(steps.getByRole('listitem').first()).toHaveText('Tik niet op de link en reageer niet op het bericht.');
  await page.getByRole('region', { name: 'Meer leren' }).getByRole('link', { name: 'Aanvallen herkennen' }).click();
  await expect(page).toHaveURL(/\/nl\/lessons\/recognising-attacks\/$/);
  await expect(page.locator('h1')).toHaveText('Aanvallen herkennen');
});

test('a filtered list can be shared, and works without JavaScript as a full list', async ({ page, browser }) => {
  await page.goto('/en/advisories/?severity=high&status=open');
  await expect(page.getByLabel('Severity')).toHaveValue('high');
  await expect(page.getByRole('status')).toHaveText('2 advisories shown');

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/en/advisories/?severity=high');
  await expect(noScript.locator('.advisory-list__item')).toHaveCount(6);
  await expect(noScript.locator('form.advisory-filter')).toBeHidden();
  await context.close();
});

test('feed readers find the Atom feeds from the pages and the open-data page', async ({ page, request }) => {
  await page.goto('/ar/advisories/');
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveAttribute('href', '/ar/feeds/advisories.atom');
  const feed = await request.get('/ar/feeds/advisories.atom');
  expect(feed.ok()).toBe(true);
  const body = await feed.text();
  expect(body).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
  expect(body).toContain('/ar/advisories/home-camera-botnet/');

  await page.goto('/en/open-data/');
  const registerFeed = page.getByRole('link', { name: 'Register changes' });
  await expect(registerFeed).toHaveAttribute('href', '/en/feeds/register.atom');
  const changes = await request.get('/en/feeds/register.atom');
  expect(changes.headers()['content-type']).toMatch(/xml/);
  const changesBody = await changes.text();
  expect(changesBody).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
  expect(changesBody).toContain(`<title>Register changes, ${city.name['en']}</title>`);
});
