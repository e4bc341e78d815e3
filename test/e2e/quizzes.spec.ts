import { expect, test, type Browser } from '@playwright/test';
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

async function studentFinishes(browser: Browser, link: string, nickname: string, rightAt: (index: number) => boolean) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.locator('.quiz-player[data-ready]')).toBeVisible();
  await expect(page.getByText('Class quiz: 7B')).toBeVisible();
  await page.getByLabel(/Nickname/).fill(nickname);
  const quiz = await publishedQuiz(page.request, 'en', 'updates');
  const card = page.locator('.quiz-question');
  const count = Number((await card.getByRole('heading').textContent())!.match(/of (\d+)/)![1]);
  const order: string[] = [];
  for (let index = 0; index < count; index++) {
    const question = await questionIn(card, quiz);
    order.push(question.id);
    await answerByKeyboard(page, card, question, rightAt(index));
    await page.getByRole('button', { name: index < count - 1 ? 'Next question' : 'See my score' }).click();
  }
  const code = (await page.locator('[data-result-code]').textContent())!.trim();
  await expect(page.getByRole('img', { name: 'QR code of your result code' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
  return { code, order };
}

test('a teacher runs a class: link, two students, pasted codes, rates per question and a CSV', async ({
  browser,
  page,
}) => {
  await page.goto('/en/classroom/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByLabel('Quiz', { exact: true }).selectOption('updates');
  const boxes = page.locator('.classroom fieldset').first().locator('input[type="checkbox"]');
  await expect(boxes).toHaveCount(10);
  // Four questions for this class.
  for (const index of [4, 5, 6, 7, 8, 9]) await boxes.nth(index).uncheck();
  await page.getByLabel('Mixed, the same order for everyone').check();
  await page.getByLabel(/Name of the class/).fill('7B');
  await page.getByRole('button', { name: 'Make the class link' }).click();
  await expect(page.getByRole('heading', { name: 'Class link: 7B' })).toBeFocused();
  await expect(page.getByRole('img', { name: 'QR code of the class link' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const link = await page.getByLabel('Class link', { exact: true }).inputValue();
  expect(link).toMatch(/\/en\/quizzes\/updates\/#class=[0-9A-Z]{7}&q=/);

  const ana = await studentFinishes(browser, link, 'Ana', () => true);
  const bo = await studentFinishes(browser, link, '=Bo', (index) => index === 0);
  // One seed per class: both saw the same question order.
  expect(bo.order).toEqual(ana.order);

  await page.getByRole('link', { name: 'Collect the results' }).first().click();
  await expect(page.getByRole('heading', { name: 'Results: 7B' })).toBeVisible();
  const tampered = ana.code.slice(0, 12) + (ana.code[12] === 'A' ? 'B' : 'A') + ana.code.slice(13);
  await page.getByLabel(/Result codes/).fill(`${ana.code}\n${bo.code}\n${tampered}\nnot-a-code`);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await expect(page.getByText('2 codes added.')).toBeVisible();
  await expect(page.locator('.feedback--wrong li')).toHaveCount(2);
  await expect(page.locator('.feedback--wrong')).toContainText('a character is wrong');

  const rates = page.locator('table').first().locator('tbody tr');
  await expect(rates).toHaveCount(4);
  // Bo got only the first question right: three questions at 50%, then that one at 100%.
  await expect(rates.locator('td')).toHaveText(['1 of 2 (50%)', '1 of 2 (50%)', '1 of 2 (50%)', '2 of 2 (100%)']);
  const students = page.locator('table').nth(1).locator('tbody tr');
  await expect(students).toHaveText([/Ana\s*4 \/ 4/, /=Bo\s*1 \/ 4/]);
  expect(await axeViolations(page)).toEqual([]);

  const href = await page.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
  const csv = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''));
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(['Student', 'Score', 'total', ...ana.order].join(','));
  expect(lines[1]).toBe('Ana,4,4,1,1,1,1');
  // A nickname that starts like a spreadsheet formula is neutralised.
  expect(lines[2]).toBe("'=Bo,1,4,1,0,0,0");

  // Pasting the same code again adds nothing; the results survive a reload and can be deleted.
  await page.reload();
  await page.getByLabel(/Result codes/).fill(ana.code);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await expect(page.locator('.feedback--wrong')).toContainText('it was added already');
  await page.getByRole('button', { name: 'Delete the results of this class' }).click();
  await expect(page.getByText('No results yet.')).toBeVisible();
});

test('a teacher presents a class on the projector and counts hands', async ({ page }) => {
  await page.goto('/en/classroom/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByLabel('Quiz', { exact: true }).selectOption('default-passwords');
  await page.getByRole('button', { name: 'Make the class link' }).click();
  await page.getByRole('link', { name: 'Present the questions' }).first().click();
  await expect(page.locator('.present__progress')).toHaveText(/^Question 1 of \d+$/);
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await expect(page.locator('.present__explanation')).toBeVisible();
  const hands = page.getByLabel(/^Hands for/);
  if ((await hands.count()) > 0) {
    await hands.first().fill('3');
    await hands.nth(1).fill('1');
    await expect(page.locator('.present__tally-row').first()).toContainText('75%');
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.present__progress')).toHaveText(/^Question 2 of/);
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
