import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { tabTo } from '../support/keyboard.ts';
import { answerByKeyboard, publishedQuiz, questionIn } from '../support/quiz.ts';

test('a resident completes a quiz with the keyboard only, and the score is kept on the device', async ({
  page,
  request,
}) => {
  const quiz = await publishedQuiz(request, 'en', 'updates');
  await page.goto('/en/quizzes/updates/');
  await expect(page.locator('.quiz-player[data-ready]')).toBeVisible();
  const card = page.locator('.quiz-question');

  // The first question wrongly, then the solution: it scores no point and is listed to revisit.
  const first = await questionIn(card, quiz);
  await answerByKeyboard(page, card, first, false);
  expect(await axeViolations(page)).toEqual([]);
  await tabTo(page, card.getByRole('button', { name: 'Show the answer' }));
  await page.keyboard.press('Enter');
  await expect(card.locator('.feedback')).toHaveText(/^Here is the right answer/);
  await expect(page.locator(':focus')).toHaveText('Check my answer');

  for (let number = 1; number < quiz.questions.length; number++) {
    await tabTo(page, page.getByRole('button', { name: 'Next question' }));
    await page.keyboard.press('Enter');
    await expect(card.getByRole('heading')).toHaveText(`Question ${number + 1} of ${quiz.questions.length}`);
    await expect(card.getByRole('heading')).toBeFocused();
    await answerByKeyboard(page, card, await questionIn(card, quiz), true);
    if (number === 2) {
      // A reload in the middle loses nothing.
      await page.reload();
      await expect(page.locator('.quiz-player[data-ready]')).toBeVisible();
      await expect(card.getByRole('heading')).toHaveText(`Question 3 of ${quiz.questions.length}`);
      await expect(card.locator('.feedback')).toHaveText(/^Right\./);
    }
  }
  await tabTo(page, page.getByRole('button', { name: 'See my score' }));
  await page.keyboard.press('Enter');
  const total = quiz.questions.length;
  await expect(
    page.getByRole('heading', { name: `You answered ${total - 1} of ${total} questions right.` }),
  ).toBeFocused();
  await expect(page.locator('.quiz-summary li')).toHaveText([
    new RegExp(first.question.replace(/[.?*+()[\]]/g, '\\$&')),
  ]);

  await tabTo(page, page.getByLabel(/Your name/));
  await page.keyboard.type('Samira');
  await expect(page.locator('.certificate')).toContainText(`Samira completed the quiz “${quiz.title}”`);
  await expect(page.getByRole('button', { name: 'Print the certificate' })).toBeEnabled();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('/en/quizzes/');
  const item = page.locator('.lesson-list__item', { has: page.locator('a[href="/en/quizzes/updates/"]') });
  await expect(item.locator('.badge')).toHaveText(`Your best: ${total - 1} of ${total}`);
  // The name typed for the certificate was never stored.
  expect(JSON.stringify(await page.evaluate(() => ({ ...localStorage })))).not.toContain('Samira');
});

test('the questions can all be shown on one page', async ({ page }) => {
  await page.goto('/nl/quizzes/updates/');
  await expect(page.locator('.quiz-player[data-ready]')).toBeVisible();
  await page.getByLabel('Allemaal op één pagina').check();
  await expect(page.locator('.quiz-question')).toHaveCount(10);
  await page.reload();
  await expect(page.locator('.quiz-question')).toHaveCount(10);
});

test('a worksheet and its answer key print', async ({ page }) => {
  await page.goto('/en/quizzes/home-network/worksheet/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.worksheet__question')).toHaveCount(10);
  await expect(page.locator('.site-nav')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.goto('/en/quizzes/home-network/answers/');
  await expect(page.locator('.worksheet__answer').first()).toHaveText(/^Answer: /);
});
