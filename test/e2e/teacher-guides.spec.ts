import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

test('a teacher finds the guide from the lesson and prints it without the site around it', async ({ page }) => {
  await page.goto('/en/lessons/webcams-and-images/');
  await page.getByRole('link', { name: 'Teacher guide for this lesson' }).click();
  await expect(page).toHaveURL('/en/lessons/webcams-and-images/teacher-guide/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Teacher guide: Webcams and images');
  await expect(page.getByText('50 minutes · ages 12 to 16')).toBeVisible();

  // The plan at a glance runs from the bell to the end of the class.
  const rows = page.locator('.teacher-guide__plan tbody tr');
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toHaveText('0–5Starter: cameras around us');
  await expect(rows.last()).toHaveText('47–50Close: one thing to do tonight');

  // Every guide ends with what to do when a pupil reports something worrying.
  const safeguarding = page.getByRole('region', { name: 'If a pupil tells you something worrying' });
  await expect(safeguarding).toContainText('Do not promise to keep it secret.');
  await expect(safeguarding).toContainText('0800-0432');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print this guide' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(safeguarding).toBeVisible();
  // On paper a link cannot be followed: the lesson's address is written out.
  await expect(page.locator('.teacher-guide__lesson .teacher-guide__url')).toHaveText(
    'https://privacy.lindenhaven.example/en/lessons/webcams-and-images/',
  );
});

test('the classroom page leads to every teacher guide and the safeguarding page, in Dutch too', async ({ page }) => {
  await page.goto('/nl/classroom/');
  await page
    .getByRole('region', { name: 'Docentenhandleidingen' })
    .getByRole('link', { name: /^Een lesplan om af te drukken voor elke les/ })
    .click();
  await expect(page).toHaveURL('/nl/classroom/guide/#lesson-plans');
  const guides = page.locator('.teacher-guide-list a');
  await expect(guides).toHaveCount(12);
  await expect(guides.first()).toHaveText('Wat is een slimme stad?');
  await page.getByRole('link', { name: "Webcams en beelden: je camera, je foto's, en hulp als het misgaat" }).click();
  await expect(page).toHaveURL('/nl/lessons/webcams-and-images/teacher-guide/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Docentenhandleiding: Webcams en beelden');
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
  await page.goBack();
  await page.getByRole('link', { name: 'Als een leerling je iets zorgwekkends vertelt' }).click();
  await expect(page).toHaveURL('/nl/safeguarding/');
});

test('a teacher guide in Arabic reads right to left and passes axe, on screen and in print', async ({ page }) => {
  await page.goto('/ar/lessons/webcams-and-images/teacher-guide/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  expect(await axeViolations(page)).toEqual([]);
});
