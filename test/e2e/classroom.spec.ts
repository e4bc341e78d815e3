import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { newAttemptId, encodeResult } from '../../src/lib/quiz/result-code.ts';
import { toBase32 } from '../../src/lib/quiz/base32.ts';
import { hashText } from '../../src/lib/quiz/shuffle.ts';
import { axeViolations } from '../support/axe.ts';
import { tabTo } from '../support/keyboard.ts';
import { publishedQuiz } from '../support/quiz.ts';
import { makeClass, pupilWithLink, takeClassQuiz, type Pupil } from '../support/classroom.ts';

/** A result code as version 1 of the site made them (no attempt id), for the refusal message. */
function versionOneCode(classId: string): string {
  const id = Array.from(Buffer.from(classId)); // any 4 bytes: the version is read before the class
  const body = new Uint8Array([1, ...id.slice(0, 4), 4, 0b1111_0000, 0]);
  const hash = hashText(Array.from(body, (byte) => String.fromCharCode(byte)).join(''));
  return toBase32(new Uint8Array([...body, (hash >>> 16) & 255, (hash >>> 8) & 255, hash & 255]));
}

test('a class of eight pupils is counted once each, by first try, on a teacher device that only opened the class link', async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const made = await makeClass(page);
  expect(made.joinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  expect(await axeViolations(page)).toEqual([]);

  const same: Pupil = { firstTry: [true, true, true, true] };
  const pupils: Pupil[] = [
    same,
    same,
    same,
    same,
    { nickname: 'Ana', firstTry: [true, false, true, false], retried: [1] },
    { nickname: '=Bo', firstTry: [true, true, false, false] },
    { nickname: 'Cy', firstTry: [true, false, false, false] },
  ];
  const taken = [];
  for (const pupil of pupils) taken.push(await pupilWithLink(browser, made.link, pupil));

  // The eighth pupil cannot scan and types the join code on a fresh device.
  const typing = await browser.newContext();
  const dee = await typing.newPage();
  await dee.goto('/en/classroom/join/');
  await expect(dee.locator('astro-island[ssr]')).toHaveCount(0);
  await dee.getByLabel(/^Join code/).focus();
  await dee.keyboard.type(made.joinCode.toLowerCase());
  await dee.keyboard.press('Enter');
  await expect(dee.getByRole('heading', { name: /^Class quiz: / })).toBeVisible();
  await expect(dee.getByText('4 questions.')).toBeVisible();
  await expect(dee.getByRole('link', { name: 'Start the quiz' })).toBeFocused();
  expect(await axeViolations(dee)).toEqual([]);
  await dee.keyboard.press('Enter');
  taken.push(await takeClassQuiz(dee, { nickname: 'Dee', firstTry: [false, true, false, false] }));
  await typing.close();

  const codes = taken.map((entry) => entry.code);
  // Equal answers, different codes; every pupil saw the same order.
  expect(new Set(codes).size).toBe(8);
  expect(new Set(taken.map((entry) => entry.order.join())).size).toBe(1);
  expect(codes[0]!).toHaveLength(26); // 4 questions, no nickname: 13 bytes, 21 characters and 5 hyphens

  // A fresh teacher device that only opened the class link.
  const teacher = await browser.newContext();
  const collect = await teacher.newPage();
  await collect.goto(made.link);
  await expect(collect.locator('.quiz-player[data-ready]')).toBeVisible();
  await collect.getByText('Are you the teacher?').click();
  await collect.getByRole('link', { name: 'Collect the results' }).click();
  await expect(collect.getByRole('heading', { name: 'Results: 7B' })).toBeVisible();
  const old = versionOneCode(made.classId);
  await collect
    .getByLabel(/Result codes/)
    .fill([...codes, codes[0]!.toLowerCase(), codes[4]!.replaceAll('-', ''), old].join('\n'));
  await collect.getByRole('button', { name: 'Add the codes' }).click();
  await expect(collect.getByText('8 codes added.')).toBeVisible();
  await expect(collect.locator('.feedback--wrong li')).toHaveText([
    `${codes[0]!.toLowerCase()}: it was added already`,
    `${codes[4]!.replaceAll('-', '')}: it was added already`,
    `${old}: it was made by an older version of this site that could not tell pupils with the same answers apart: ask the pupil to reload the quiz page and show the new code`,
  ]);
  await expect(collect.getByText('8 pupils counted.')).toBeVisible();

  // First-try rates, most missed first: Ana's "Try again" does not count as right.
  const quiz = await publishedQuiz(collect.request, 'en', 'updates');
  const text = (id: string) => quiz.questions.find((question) => question.id === id)!.question;
  const order = taken[0]!.order;
  const rates = collect.locator('table').first().locator('tbody tr');
  await expect(rates.locator('th')).toHaveText([text(order[3]!), text(order[2]!), text(order[1]!), text(order[0]!)]);
  await expect(rates.locator('td')).toHaveText(['4 of 8 (50%)', '5 of 8 (63%)', '6 of 8 (75%)', '7 of 8 (88%)']);
  const pupilsTable = collect.locator('table').nth(1).locator('tbody tr');
  await expect(pupilsTable).toHaveCount(8);
  await expect(pupilsTable.filter({ hasText: '(no nickname)' })).toHaveText(Array(4).fill(/4 \/ 4/));
  await expect(pupilsTable.filter({ hasText: 'Ana' })).toHaveText(/2 \/ 4/);
  expect(await axeViolations(collect)).toEqual([]);

  // Thirty codes made by the engine, pasted at once, all accepted.
  const engine = Array.from({ length: 30 }, (_, index) =>
    encodeResult({
      classId: made.classId,
      attemptId: newAttemptId(),
      firstTry: [index % 2 === 0, true, false, index < 10],
      nickname: index % 3 === 0 ? `P${index}` : '',
    }),
  );
  await collect.getByLabel(/Result codes/).fill(engine.join(' '));
  await collect.getByRole('button', { name: 'Add the codes' }).click();
  await expect(collect.getByText('30 codes added.')).toBeVisible();
  await expect(collect.locator('.feedback--wrong')).toHaveCount(0);
  await expect(collect.getByText('38 pupils counted.')).toBeVisible();

  // The CSV is headed in the page's language and has one row per pupil.
  const csvHref = await collect.getByRole('link', { name: 'Download as CSV' }).getAttribute('href');
  const csv = decodeURIComponent(csvHref!.replace(/^data:text\/csv;charset=utf-8,/, '')).replace(/^\uFEFF/, '');
  const csvLines = csv.trimEnd().split('\r\n');
  expect(csvLines[0]).toBe(['Pupil', 'Right at the first try', 'Questions', ...order].join(','));
  expect(csvLines).toHaveLength(39);

  // Saved to a file and opened on yet another device: the results come along.
  const href = await collect.getByRole('link', { name: 'Save the class to a file' }).getAttribute('href');
  const file = join(tmpdir(), `class-${made.classId}-${Date.now()}.json`);
  writeFileSync(file, decodeURIComponent(href!.replace(/^data:application\/json;charset=utf-8,/, '')));
  await teacher.close();

  const other = await browser.newContext();
  const reopen = await other.newPage();
  await reopen.goto('/en/classroom/');
  await expect(reopen.locator('astro-island[ssr]')).toHaveCount(0);
  await reopen.getByLabel('Open a saved class file').setInputFiles(file);
  await expect(reopen.getByText('The class 7B is open on this device, with its results.')).toBeVisible();
  await expect(reopen.locator('.classroom__classes li')).toContainText('38 results');
  expect(await axeViolations(reopen)).toEqual([]);
  await reopen.getByRole('link', { name: 'Collect the results' }).click();
  await expect(reopen.getByText('38 pupils counted.')).toBeVisible();
  await other.close();
});

test('present mode is driven by the keyboard alone, and keeps its place and tally across a reload', async ({
  page,
}) => {
  const made = await makeClass(page);
  await page.goto(made.present);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // A projector layout: no site header, navigation or footer; join code and QR first.
  await expect(page.locator('.site-header, .site-nav, footer')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Join the class: Updates and use-by dates' })).toBeVisible();
  await expect(page.locator('[data-join-code]')).toHaveText(made.joinCode);
  await expect(page.getByRole('img', { name: 'QR code to join the class' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const progress = page.locator('.present__progress');
  await page.keyboard.press('PageDown');
  await expect(progress).toHaveText('Question 1 of 4');
  await expect(page.locator('#present-question')).toBeFocused();
  await page.keyboard.press('r');
  await expect(page.locator('.present__explanation')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText('Question 2 of 4');
  await expect(page.locator('.present__explanation')).toHaveCount(0);
  await page.keyboard.press('Space');
  await expect(progress).toHaveText('Question 3 of 4');

  // Three of the four questions have options (one is matching): count hands on one of them.
  const hands = page.getByLabel(/^Hands for/);
  if ((await hands.count()) === 0) await page.keyboard.press('ArrowLeft');
  const where = (await progress.textContent())!;
  // Options are labelled once: a letter, no list number.
  expect(
    await page.locator('.present__options').evaluate((list) => list.tagName + getComputedStyle(list).listStyleType),
  ).toBe('ULnone');
  await expect(page.locator('.present__option').first()).toHaveText(/^A /);
  await tabTo(page, hands.first());
  await page.keyboard.type('3');
  // Typing a count does not turn the page.
  await page.keyboard.press('ArrowRight');
  await expect(progress).toHaveText(where);
  await page.reload();
  await expect(progress).toHaveText(where);
  await expect(hands.first()).toHaveValue('3');
  await page.keyboard.press('PageUp');
  await expect(progress).not.toHaveText(where);
  for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: /^Join the class/ })).toBeFocused();
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Leave full screen' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');

  // With an Arabic layout the keys labelled R and F send "ق" and "ب": the physical keys still work.
  const cdp = await page.context().newCDPSession(page);
  const pressInArabic = async (key: string, code: string, keyCode: number) => {
    for (const type of ['keyDown', 'keyUp'] as const)
      await cdp.send('Input.dispatchKeyEvent', { type, key, code, text: key, windowsVirtualKeyCode: keyCode });
  };
  await page.keyboard.press('PageDown');
  await expect(progress).toHaveText('Question 1 of 4');
  await pressInArabic('ق', 'KeyR', 82);
  await expect(page.locator('.present__explanation')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show the answer' })).toHaveAttribute('aria-pressed', 'true');
  await pressInArabic('ب', 'KeyF', 70);
  await expect(page.getByRole('button', { name: 'Leave full screen' })).toHaveAttribute('aria-pressed', 'true');
  await pressInArabic('ب', 'KeyF', 70);
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute('aria-pressed', 'false');
  // A letter key of the layout that is not R or F does nothing.
  await pressInArabic('ش', 'KeyA', 65);
  await expect(progress).toHaveText('Question 1 of 4');
  await expect(page.locator('.present__explanation')).toBeVisible();
});

test('deleting asks first, in place: one pupil counted twice, the results, the class', async ({ page }) => {
  const made = await makeClass(page);
  await page.goto(made.results);
  const codes = [
    { nickname: 'Ana', firstTry: [true, true, false, false] },
    { nickname: '', firstTry: [true, false, false, false] },
    // The same pupil restarted with "Next pupil" on their own device: a second attempt.
    { nickname: '', firstTry: [true, true, true, false] },
  ].map((result) => encodeResult({ classId: made.classId, attemptId: newAttemptId(), ...result }));
  await page.getByLabel(/Result codes/).fill(codes.join('\n'));
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await expect(page.getByText('3 pupils counted.')).toBeVisible();

  // Remove one row; Keep and Escape change nothing.
  const remove = page.getByRole('button', { name: 'Remove the result of pupil 3' });
  await remove.click();
  const ask = page.getByRole('group', {
    name: 'Remove the result of pupil 3 (3 of 4) from this class? This cannot be undone.',
  });
  await expect(ask.getByRole('button', { name: 'Keep' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeVisible();
  // Escape is heard inside the question, so wait until focus has moved there.
  await expect(ask.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(page.getByText('3 pupils counted.')).toBeVisible();
  await remove.click();
  await ask.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByText('The result of pupil 3 is removed.')).toBeVisible();
  await expect(page.getByText('2 pupils counted.')).toBeVisible();
  await expect(page.locator('table').nth(1).locator('tbody th')).toHaveText(['Ana', '(no nickname)']);
  await expect(page.getByRole('button', { name: 'Remove the result of Ana' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 pupils counted.')).toBeVisible();

  // All the results of the class: named, counted, and kept unless confirmed.
  await page.getByRole('button', { name: 'Delete the results of this class' }).click();
  const askAll = page.getByRole('group', {
    name: 'Delete the 2 results of class 7B from this device? This cannot be undone.',
  });
  await askAll.getByRole('button', { name: 'Keep' }).click();
  await expect(askAll).toHaveCount(0);
  await expect(page.getByText('2 pupils counted.')).toBeVisible();
  await page.getByRole('button', { name: 'Delete the results of this class' }).click();
  await askAll.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('The results of this class are deleted from this device.')).toBeVisible();
  await expect(page.getByText('No results yet. Add the codes your pupils show you.')).toBeVisible();

  // The class itself, on the classroom page.
  await page.goto('/en/classroom/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const deleteClass = page.getByRole('button', { name: 'Delete class 7B and its results from this device' });
  await deleteClass.click();
  const askClass = page.getByRole('group', {
    name: 'Delete class 7B and its 0 results from this device? This cannot be undone.',
  });
  await askClass.getByRole('button', { name: 'Keep' }).click();
  await expect(page.locator('.classroom__classes li')).toHaveCount(1);
  await deleteClass.click();
  await askClass.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('The class and its results are deleted from this device.')).toBeVisible();
  await expect(page.locator('.classroom__classes')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your classes on this device' })).toBeFocused();
});

test('"Next pupil" on a shared device leaves nothing of the previous pupil', async ({ page }) => {
  const made = await makeClass(page);
  const shared = await page.context().browser()!.newContext();
  const tablet = await shared.newPage();
  await tablet.goto(made.link);
  const first = await takeClassQuiz(tablet, { nickname: 'Samira', firstTry: [true, false, true, true] });
  await expect(tablet.getByText('Right at the first try: 3 of 4. This is what your teacher sees.')).toBeVisible();
  expect(await axeViolations(tablet)).toEqual([]);
  await tablet.getByRole('button', { name: 'Next pupil' }).click();
  await expect(tablet.getByLabel(/Nickname/)).toBeFocused();
  await expect(tablet.getByLabel(/Nickname/)).toHaveValue('');
  await expect(tablet.locator('.quiz-question').getByRole('heading')).toHaveText('Question 1 of 4');
  await expect(tablet.locator('.quiz-question .feedback')).toHaveCount(0);
  await expect(tablet.getByText('Samira')).toHaveCount(0);
  expect(JSON.stringify(await tablet.evaluate(() => ({ ...localStorage })))).not.toContain('Samira');
  // The next pupil with the same answers gets a code of their own.
  const second = await takeClassQuiz(tablet, { firstTry: [true, false, true, true] });
  expect(second.code).not.toBe(first.code);
  await shared.close();
});

test('a nickname in Arabic letters stops where the result code is full, and says so', async ({ page }) => {
  const made = await makeClass(page);
  const pupil = await page.context().browser()!.newContext();
  const phone = await pupil.newPage();
  await phone.goto(made.link);
  await expect(phone.locator('.quiz-player[data-ready]')).toBeVisible();
  const nickname = phone.getByLabel(/Nickname/);
  await nickname.pressSequentially('سارة');
  await expect(phone.locator('#quiz-nickname-full')).toHaveText('');
  // Arabic letters take two bytes each: 15 of them fill the code's 30 bytes, before maxLength's 20.
  await nickname.fill('');
  await nickname.pressSequentially('عبدالرحمنبنعبدالله');
  await expect(nickname).toHaveValue('عبدالرحمنبنعبدا');
  await expect(phone.locator('#quiz-nickname-full')).toHaveText(
    'That is as long as a nickname can be: it has to fit in your result code.',
  );
  // Choice options carry the projector's letters, in the order shown.
  const letters = phone.locator('.quiz-question .quiz-option__letter');
  const count = await letters.count();
  if (count > 0) await expect(letters).toHaveText([...'ABCDEF'.slice(0, count)]);
  const taken = await takeClassQuiz(phone, { firstTry: [true, true, true, true] });
  expect(taken.code).toBeTruthy();
  await pupil.close();
});

test('hostile join codes, fragments, pasted text and class files stay inert', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1">';
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });

  await page.goto(`/en/classroom/join/#${encodeURIComponent(payload)}`);
  await expect(page.getByText('A join code has 12 letters and digits. Check what you typed.')).toBeVisible();
  await page.goto('/en/classroom/join/#%E0%A4%A');
  await expect(page.getByText('A join code has 12 letters and digits. Check what you typed.')).toBeVisible();
  await page.getByLabel(/^Join code/).fill('K7QX-2M04-B9T2');
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page.getByText(/^(A character is wrong|This code)/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/en/classroom/present/#quiz=${encodeURIComponent('../../x')}&class=K7QX2M0&q=a&order=quiz`);
  await expect(page.getByText('This class is not in this browser.', { exact: false })).toBeVisible();

  const made = await makeClass(page);
  await page.goto(made.results);
  await page.getByLabel(/Result codes/).fill(`${payload}\n${'A'.repeat(5000)}`);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  // Split at spaces like any paste: three pieces of markup and one long run, each refused as text.
  await expect(page.locator('.feedback--wrong li')).toHaveCount(4);
  await expect(page.locator('.feedback--wrong li').first()).toHaveText(
    '<img: this is not a result code: check for typing errors',
  );

  const file = join(tmpdir(), `hostile-${Date.now()}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'lindenhaven-class',
      version: 1,
      class: { classId: made.classId, quiz: 'updates', questions: ['nope'], order: 'quiz', lang: 'en', codes: [] },
    }),
  );
  await page.goto('/en/classroom/');
  // A file chosen before the island has hydrated would go unread.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByLabel('Open a saved class file').setInputFiles(file);
  await expect(page.getByText(/is damaged: the class in it is incomplete/)).toBeVisible();

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(problems).toEqual([]);
});

test('a class made before join codes still presents, with its class link as the QR code', async ({ page }) => {
  await page.goto('/en/classroom/');
  const quiz = await publishedQuiz(page.request, 'en', 'updates');
  // Made by the previous version: a fully random class id, remembered only in this browser.
  const old = {
    classId: 'K7QX2M0',
    quiz: 'updates',
    questions: quiz.questions.slice(0, 3).map((question) => question.id),
    order: 'quiz',
    label: '6A',
    lang: 'en',
    created: '2026-11-02',
    codes: [],
  };
  await page.evaluate((item) => localStorage.setItem('lindenhaven:classroom:classes', JSON.stringify([item])), old);
  await page.goto('/en/classroom/present/#class=K7QX2M0');
  await expect(page.getByRole('img', { name: 'QR code of the class link' })).toBeVisible();
  await expect(
    page.getByText('This class was made before join codes: pupils scan this QR code or open the class link.'),
  ).toBeVisible();
  await expect(page.locator('[data-join-code]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
