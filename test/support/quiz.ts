import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { PlayerQuiz, PlayerQuestion } from '../../src/lib/quiz/quiz-view.ts';
import { tabTo } from './keyboard.ts';

/** A quiz as the site publishes it for the classroom pages: questions with their right answers. */
export async function publishedQuiz(request: APIRequestContext, lang: string, slug: string): Promise<PlayerQuiz> {
  const response = await request.get(`/data/quizzes/${lang}-${slug}.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as PlayerQuiz;
}

/** The question shown in a card, found by its text. */
export async function questionIn(card: Locator, quiz: PlayerQuiz): Promise<PlayerQuestion> {
  const text = (await card.locator('legend').textContent())!.trim();
  const question = quiz.questions.find((item) => item.question === text);
  if (!question) throw new Error(`No question "${text}" in ${quiz.slug}`);
  return question;
}

async function pickRadio(page: Page, card: Locator, label: string): Promise<void> {
  const labels = (await card.locator('.quiz-option label').allTextContents()).map((text) => text.trim());
  const index = labels.indexOf(label);
  expect(index, `option "${label}"`).toBeGreaterThanOrEqual(0);
  await tabTo(page, card.locator('input[type="radio"]').first());
  if (index === 0) await page.keyboard.press('Space');
  for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
}

/**
 * Answers the question in a card with the keyboard only, rightly or wrongly, and presses Check.
 * Wrong answers: another option, the opposite statement, the steps left mixed up, matches shifted.
 */
export async function answerByKeyboard(
  page: Page,
  card: Locator,
  question: PlayerQuestion,
  right: boolean,
  strings = { true: 'True', false: 'False' },
): Promise<void> {
  switch (question.type) {
    case 'single': {
      const option = question.options.find((item) => Boolean(item.correct) === right)!;
      await pickRadio(page, card, option.label);
      break;
    }
    case 'true-false':
      await pickRadio(page, card, question.answer === right ? strings.true : strings.false);
      break;
    case 'multiple': {
      const wanted = right
        ? question.options.filter((item) => item.correct)
        : [question.options.find((item) => !item.correct)!];
      for (const option of wanted) {
        await tabTo(page, card.getByLabel(option.label, { exact: true }));
        await page.keyboard.press('Space');
      }
      break;
    }
    case 'ordering': {
      if (!right) break; // The steps start mixed up, which is wrong by construction.
      for (let position = 0; position < question.items.length; position++) {
        const step = question.items[position]!;
        const current = (await card.locator('.quiz-ordering__text').allTextContents()).map((text) => text.trim());
        const from = current.indexOf(step);
        if (from <= position) continue;
        await tabTo(page, card.getByRole('button', { name: `Move up: ${step}`, exact: true }));
        for (let move = from; move > position; move--) await page.keyboard.press('Enter');
        await expect(card.locator('.quiz-ordering__text').nth(position)).toHaveText(step);
      }
      break;
    }
    case 'matching': {
      for (let index = 0; index < question.pairs.length; index++) {
        const wanted = question.pairs[right ? index : (index + 1) % question.pairs.length]!.match;
        const select = card.getByLabel(question.pairs[index]!.prompt, { exact: true });
        const options = (await select.locator('option').allTextContents()).map((text) => text.trim());
        await tabTo(page, select);
        for (let step = 0; step < options.indexOf(wanted); step++) await page.keyboard.press('ArrowDown');
        await expect(select.locator('option:checked')).toHaveText(wanted);
      }
      break;
    }
  }
  await tabTo(page, card.getByRole('button', { name: 'Check my answer' }));
  await page.keyboard.press('Enter');
  await expect(card.locator('.feedback').first()).toHaveText(right ? /^Right\./ : /^Not quite\./);
}
