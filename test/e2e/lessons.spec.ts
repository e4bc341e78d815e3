import { expect, test } from '@playwright/test';
import { city } from '../../src/site/city.ts';
import { tabTo } from '../support/keyboard.ts';

test('a resident works through a lesson with the keyboard only', async ({ page }) => {
  await page.goto('/en/lessons/home-network/');

  const check = page.locator('.knowledge-check').first();
  await tabTo(page, check.locator('input[type="radio"]').first());
  await page.keyboard.press('Space');
  await tabTo(page, check.getByRole('button', { name: 'Check my answer' }));
  await page.keyboard.press('Enter');
  const feedback = check.locator('.feedback');
  await expect(feedback).toHaveText(/^(Right\.|Not quite\.)/);
  if ((await feedback.textContent())!.startsWith('Not quite')) {
    await tabTo(page, check.getByRole('button', { name: 'Show the answer' }));
    await page.keyboard.press('Enter');
    await expect(check).toContainText('The right answer:');
  }

  const checklist = page.locator('.checklist').first();
  const firstBox = checklist.locator('input[type="checkbox"]').first();
  await tabTo(page, firstBox);
  await page.keyboard.press('Space');
  await expect(firstBox).toBeChecked();
  await expect(checklist.locator('.checklist__progress')).toHaveText(/^1 of \d+ done$/);

  const scenario = page.locator('.scenario').first();
  await tabTo(page, scenario.getByRole('button').first());
  await page.keyboard.press('Enter');
  await expect(scenario.locator('.feedback')).toBeVisible();
  await tabTo(page, scenario.getByRole('button', { name: 'Try another answer' }));
  await page.keyboard.press('Enter');
  await expect(scenario.locator('.feedback')).toHaveCount(0);

  const deviceCheck = page.locator('form.device-check');
  await tabTo(page, deviceCheck.getByRole('textbox'));
  await page.keyboard.type('doorbell camera');
  for (const fieldset of await deviceCheck.locator('fieldset').all()) {
    await tabTo(page, fieldset.locator('input').first());
    await page.keyboard.press('Space');
  }
  await tabTo(page, deviceCheck.getByRole('button', { name: 'Make my to-do list' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your to-do list for doorbell camera' })).toBeVisible();
  await expect(page.locator('.device-check ol li')).toHaveText([/Switch off remote access/]);

  await tabTo(page, page.getByRole('button', { name: 'Mark this lesson as done' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('You marked this lesson as done.')).toBeVisible();

  await page.reload();
  await firstBox.scrollIntoViewIfNeeded();
  await expect(firstBox).toBeChecked();
  await page.locator('.device-check').scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'Your to-do list for doorbell camera' })).toBeVisible();

  await page.goto('/en/lessons/');
  await expect(page.getByText(/^1 of 12 lessons done$/)).toBeVisible();
  const item = page.locator('.lesson-list__item', { has: page.locator('a[href="/en/lessons/home-network/"]') });
  await expect(item.locator('.badge')).toHaveText('Done');
  await tabTo(page, page.getByRole('button', { name: 'Clear my progress' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^0 of 12 lessons done$/)).toBeVisible();
  await expect(page.getByText('Your progress on this device is cleared.')).toBeVisible();
});

test('the curriculum has twelve lessons in every language, Arabic right to left', async ({ page }) => {
  for (const { code } of city.locales) {
    await page.goto(`/${code}/lessons/`);
    await expect(page.locator('.lesson-list__item')).toHaveCount(12);
  }
  await page.goto('/ar/lessons/updates/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
  await expect(page.locator('article.lesson')).not.toHaveAttribute('lang', /.+/);
});

test('a lesson links its key terms to the glossary and lists its sources', async ({ page }) => {
  await page.goto('/nl/lessons/default-passwords/');
  const term = page.locator('a.key-term').first();
  const href = (await term.getAttribute('href'))!;
  expect(href).toMatch(/^\/nl\/glossary\/#[a-z-]+$/);
  await expect(page.getByRole('heading', { name: /Bronnen/ })).toBeVisible();
  await term.click();
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeVisible();
});

test('a lesson page ships little JavaScript and no island code before it is needed', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/en/lessons/smart-city-basics/');
  await expect(page.locator('h1')).toBeVisible();
  expect(scripts.some((url) => url.includes('register-map'))).toBe(false);
});
