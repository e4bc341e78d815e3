import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import type { PlayerQuestion, PlayerQuiz } from '../../src/lib/quiz/quiz-view.ts';
import { publishedQuiz, questionIn } from './quiz.ts';

/** Makes a class of the first four questions of "updates", mixed, named 7B; returns its link, join code and teacher links. */
export async function makeClass(page: Page) {
  await page.goto('/en/classroom/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByLabel('Quiz', { exact: true }).selectOption('updates');
  const boxes = page.locator('.classroom fieldset').first().locator('input[type="checkbox"]');
  await expect(boxes).toHaveCount(10);
  for (const index of [4, 5, 6, 7, 8, 9]) await boxes.nth(index).uncheck();
  await page.getByLabel('Mixed, the same order for everyone').check();
  await page.getByLabel(/Name of the class/).fill('7B');
  await page.getByRole('button', { name: 'Make the class link' }).click();
  await expect(page.getByRole('heading', { name: 'Class link: 7B' })).toBeFocused();
  await expect(page.getByRole('img', { name: 'QR code to join the class' })).toBeVisible();
  const link = await page.getByLabel('Class link', { exact: true }).inputValue();
  const joinCode = (await page.locator('[data-join-code]').textContent())!.trim();
  const section = page.locator('.classroom__link');
  const present = await section.getByRole('link', { name: 'Present the questions' }).getAttribute('href');
  const results = await section.getByRole('link', { name: 'Collect the results' }).getAttribute('href');
  return {
    link,
    joinCode,
    present: present!,
    results: results!,
    classId: new URL(link).hash.match(/class=(\w+)/)![1]!,
  };
}

/** Answers the question in a card with the mouse, rightly or wrongly (setting every part, so it also works after "Try again"), and checks. */
export async function answerByClick(card: Locator, question: PlayerQuestion, right: boolean): Promise<void> {
  switch (question.type) {
    case 'single': {
      const option = question.options.find((item) => Boolean(item.correct) === right)!;
      await card.getByLabel(option.label, { exact: true }).check();
      break;
    }
    case 'true-false':
      await card.getByLabel(question.answer === right ? 'True' : 'False', { exact: true }).check();
      break;
    case 'multiple': {
      const wrongOne = question.options.find((item) => !item.correct)!;
      for (const option of question.options) {
        const ticked = right ? Boolean(option.correct) : option === wrongOne;
        await card.getByLabel(option.label, { exact: true }).setChecked(ticked);
      }
      break;
    }
    case 'ordering': {
      if (!right) break; // The steps start mixed up, which is wrong by construction.
      for (let position = 0; position < question.items.length; position++) {
        const step = question.items[position]!;
        const current = (await card.locator('.quiz-ordering__text').allTextContents()).map((text) => text.trim());
        for (let from = current.indexOf(step); from > position; from--) {
          await card.getByRole('button', { name: `Move up: ${step}`, exact: true }).click();
        }
        await expect(card.locator('.quiz-ordering__text').nth(position)).toHaveText(step);
      }
      break;
    }
    case 'matching':
      for (let index = 0; index < question.pairs.length; index++) {
        const wanted = question.pairs[right ? index : (index + 1) % question.pairs.length]!.match;
        await card.getByLabel(question.pairs[index]!.prompt, { exact: true }).selectOption({ label: wanted });
      }
      break;
  }
  await card.getByRole('button', { name: 'Check my answer' }).click();
  await expect(card.locator('.feedback').first()).toHaveText(right ? /^Right\./ : /^Not quite\./);
}

export interface Pupil {
  nickname?: string;
  /** Right or wrong at the first try, per question in the order shown. */
  firstTry: boolean[];
  /** Questions (by position) answered wrongly first, then right after "Try again". */
  retried?: number[];
}

/** A pupil on a page already showing the class quiz: answers every question, returns the result code and the question order. */
export async function takeClassQuiz(page: Page, pupil: Pupil): Promise<{ code: string; order: string[] }> {
  await expect(page.locator('.quiz-player[data-ready]')).toBeVisible();
  if (pupil.nickname) await page.getByLabel(/Nickname/).fill(pupil.nickname);
  const quiz: PlayerQuiz = await publishedQuiz(page.request, 'en', 'updates');
  const card = page.locator('.quiz-question');
  const count = pupil.firstTry.length;
  await expect(card.getByRole('heading')).toHaveText(`Question 1 of ${count}`);
  const order: string[] = [];
  for (let index = 0; index < count; index++) {
    const question = await questionIn(card, quiz);
    order.push(question.id);
    await answerByClick(card, question, pupil.firstTry[index]!);
    if (pupil.retried?.includes(index)) {
      await card.getByRole('button', { name: 'Try again' }).click();
      await answerByClick(card, question, true);
    }
    await page.getByRole('button', { name: index < count - 1 ? 'Next question' : 'See my score' }).click();
  }
  const code = (await page.locator('[data-result-code]').textContent())!.trim();
  await expect(page.getByRole('img', { name: 'QR code of your result code' })).toBeVisible();
  return { code, order };
}

/** A pupil in a browser context of their own, from the class link. */
export async function pupilWithLink(browser: Browser, link: string, pupil: Pupil) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  const result = await takeClassQuiz(page, pupil);
  await context.close();
  return result;
}

/**
 * A video file for Chromium's fake camera (`--use-file-for-fake-video-capture`) that films texts
 * as QR codes one after the other, one second each (Chromium loops the file): YUV4MPEG2, 640 × 480,
 * 4:2:0. Each code has a 4-module quiet zone and 8 pixels per module, on grey like a phone held up.
 */
export function qrVideo(texts: readonly string[], framesEach = 10): Buffer {
  const frames = texts.map((text) => qrFrame(text));
  return Buffer.concat([
    Buffer.from('YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n'),
    ...frames.flatMap((frame) => Array.from({ length: framesEach }, () => frame)),
  ]);
}

function qrFrame(text: string): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const scale = 8;
  const side = (modules + 8) * scale;
  const width = 640;
  const height = 480;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 96);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - 4;
      const col = Math.floor(x / scale) - 4;
      const dark = row >= 0 && col >= 0 && row < modules && col < modules && qr.modules.get(row, col);
      luma[(top + y) * width + left + x] = dark ? 16 : 235;
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  return Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
}
