import { expect, test } from '@playwright/test';

test('a resident sees, exports and deletes what the site stored', async ({ page }) => {
  await page.goto('/en/quizzes/updates/');
  await expect(page.locator('.quiz-player[data-ready]')).toBeVisible();
  await page.getByLabel('All on one page').check();
  await page.goto('/en/lessons/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(() => localStorage.setItem('lindenhaven:lessons:done', '["updates"]'));

  await page.goto('/nl/my-data/');
  await expect(page.getByRole('heading', { name: /dingen opgeslagen op dit apparaat/ })).toBeVisible();
  await expect(page.locator('.my-data__item strong')).toHaveText([
    'Lessen die je als klaar hebt gemarkeerd',
    /Je antwoorden tot nu toe in de quiz “Updates/,
    'Hoe je quizvragen wilt zien',
  ]);
  const href = await page.getByRole('link', { name: 'Downloaden als bestand (JSON)' }).getAttribute('href');
  const file = JSON.parse(decodeURIComponent(href!.replace(/^data:application\/json;charset=utf-8,/, '')));
  expect(file.items['lessons:done']).toEqual(['updates']);

  await page.getByRole('button', { name: 'Verwijderen: Hoe je quizvragen wilt zien' }).click();
  await expect(page.getByText('Verwijderd: Hoe je quizvragen wilt zien.')).toBeVisible();
  await expect(page.locator('.my-data__item')).toHaveCount(2);
  await page.getByRole('button', { name: 'Alles verwijderen' }).click();
  await expect(page.getByText('Deze website heeft niets in deze browser opgeslagen.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
