import { expect, test } from '@playwright/test';
import { answerByKeyboard, publishedQuiz, questionIn } from '../support/quiz.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit, a lesson, a quiz and a class work with the network cut off', async ({ page, context }) => {
  test.setTimeout(120_000);
  const quiz = await publishedQuiz(page.request, 'en', 'default-passwords');
  await page.goto('/en/lessons/');
  // The language's service worker installs and takes control; its precache is complete when it is active.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return registration.active?.state;
  });

  await context.setOffline(true);
  await page.goto('/en/lessons/default-passwords/');
  await expect(page.getByText('You are offline.')).toBeVisible();
  // Every page links the site icon: it comes from the precache, not a failed request.
  expect(await page.evaluate(async () => (await fetch('/favicon.svg')).headers.get('content-type'))).toContain(
    'image/svg+xml',
  );
  const done = page.getByRole('button', { name: 'Mark this lesson as done' });
  await done.scrollIntoViewIfNeeded();
  // The island hydrates from the cached script once it is in view.
  await expect(done.locator('xpath=ancestor::astro-island[@ssr]')).toHaveCount(0);
  await done.click();
  await expect(page.getByText('You marked this lesson as done.')).toBeVisible();

  await page.goto('/en/quizzes/default-passwords/');
  await expect(page.locator('.quiz-player[data-ready]')).toBeVisible();
  const card = page.locator('.quiz-question');
  for (let index = 0; index < quiz.questions.length; index++) {
    await answerByKeyboard(page, card, await questionIn(card, quiz), true);
    await page
      .getByRole('button', { name: index < quiz.questions.length - 1 ? 'Next question' : 'See my score' })
      .click();
  }
  await expect(
    page.getByRole('heading', {
      name: `You answered ${quiz.questions.length} of ${quiz.questions.length} questions right.`,
    }),
  ).toBeVisible();

  await page.goto('/en/classroom/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByLabel('Quiz', { exact: true }).selectOption('updates');
  await page.getByRole('button', { name: 'Make the class link' }).click();
  const link = await page.getByLabel('Class link', { exact: true }).inputValue();
  await page.getByRole('link', { name: 'Present the questions' }).first().click();
  await expect(page.getByRole('heading', { name: /^Join the class: / })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.locator('.present__progress')).toHaveText(/^Question 1 of 10$/);

  const student = await context.newPage();
  await student.goto(link);
  await expect(student.getByText('Class quiz:')).toBeVisible();
  await page.goto(
    link.replace(/\/quizzes\/updates\/#.*$/, '/classroom/results/') + '#' + new URL(link).hash.slice(1).split('&')[0],
  );
  await expect(page.getByRole('heading', { name: /^Results:/ })).toBeVisible();

  // What the visit stored can be seen, exported and deleted offline too.
  await page.goto('/en/my-data/');
  await expect(page.getByRole('heading', { name: /items stored on this device/ })).toBeVisible();
  const file = await page.getByRole('link', { name: 'Download as a file (JSON)' }).getAttribute('href');
  expect(decodeURIComponent(file!)).toContain('"quiz:best:default-passwords"');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByText('This website has stored nothing in this browser.')).toBeVisible();

  // A page that was never saved shows the offline page instead of the browser's error.
  await page.goto('/en/register/stats/');
  await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
  await context.setOffline(false);
});
