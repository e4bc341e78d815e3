import { expect, test } from '@playwright/test';

/** Pages fed hostile addresses: nothing runs, nothing breaks, the text stays text. */
const payload = '<img src=x onerror="window.__pwned=1">';

for (const path of [
  `/en/register/?q=${encodeURIComponent(payload)}&kind=${encodeURIComponent(payload)}&sort=javascript:alert(1)&personalData=${'x'.repeat(3000)}`,
  `/nl/quizzes/updates/#class=${encodeURIComponent(payload)}&q=${encodeURIComponent(payload)}&order=quiz&label=${encodeURIComponent(payload)}`,
  `/ar/classroom/results/#class=${encodeURIComponent(payload)}`,
  `/en/classroom/present/#class=ZZZZZZZ`,
]) {
  test(`a hostile address stays inert: ${path.slice(0, 60)}`, async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(path);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });
}

test('a damaged class link says so and still offers the quiz', async ({ page }) => {
  await page.goto(`/en/quizzes/updates/#class=${encodeURIComponent(payload)}&q=a&order=quiz`);
  await expect(page.getByText('This class link is incomplete or damaged.', { exact: false })).toBeVisible();
  await expect(page.locator('.quiz-question')).toBeVisible();
});

test('the register search box shows a hostile query as plain text', async ({ page }) => {
  await page.goto(`/en/register/?q=${encodeURIComponent(payload)}`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.explorer input[type="search"]')).toHaveValue(payload);
});
