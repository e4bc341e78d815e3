import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { localToday } from '../../src/lib/content/today.ts';
import { axeViolations } from '../support/axe.ts';
import { tabTo } from '../support/keyboard.ts';
import { runImport } from '../support/import-run.ts';

const project = join(import.meta.dirname, '..', '..');
const id = (field: string) => `#propose-${field.replace(/\./g, '-')}`;

async function formReady(page: Page, locale: string) {
  await page.goto(`/${locale}/register/propose/`);
  // The form renders in the browser only (client:only): its submit button is the sign it is there.
  await expect(page.locator('.propose-form button[type="submit"]')).toBeVisible();
}

/** Ticks a radio button or checkbox of a field by its value. */
const tick = (page: Page, field: string, value: string) =>
  page.locator(`input[name="${field}"][value="${value}"]`).check();

/** A contractor proposes a bus-lane camera, typing the name in every language the page offers. */
async function fillProposal(page: Page, names: { en: string; nl: string; ar: string }) {
  const text = (field: string, value: string) => page.locator(id(field)).fill(value);
  for (const [code, name] of Object.entries(names)) await text(`name.${code}`, name);
  await text('summary.en', 'A camera that reads the licence plates of cars entering the bus lane.');
  await text('summary.ar', 'كاميرا تقرأ لوحات أرقام السيارات التي تدخل مسار الحافلات.');
  await tick(page, 'status', 'planned');
  await text('activeFrom', '2027-03-01');
  await page.locator(id('kind')).selectOption('anpr-camera');
  await tick(page, 'technology', 'video-camera');
  await text('measures.en', 'Licence plates of vehicles that enter the bus lane.');
  await page.locator(id('mountedOn')).selectOption('traffic-light');
  await tick(page, 'dataTypes', 'licence-plates');
  await tick(page, 'personalData', 'yes');
  await tick(page, 'legalBasis', 'public-task');
  await text('privacyStatement', 'https://www.lindenhaven.example/privacy/cameras');
  await tick(page, 'dpia', 'planned');
  await tick(page, 'purposes', 'enforcement');
  await tick(page, 'processing', 'computer-vision');
  await tick(page, 'retentionKept', 'yes');
  await text('retentionAmount', '72');
  await tick(page, 'retentionUnit', 'H');
  await tick(page, 'storage', 'city-data-centre');
  await tick(page, 'access', 'accountable-organisation');
  await tick(page, 'locationType', 'point');
  await text('lat', '52.11');
  await text('lng', '5.105');
  await text('locationDescription.en', 'On the traffic light at the start of the bus lane.');
  await tick(page, 'signage', 'planned');
  await tick(page, 'encryptedInTransit', 'yes');
  await tick(page, 'encryptedAtRest', 'no');
  await tick(page, 'updates', 'remote');
  await tick(page, 'signedUpdates', 'yes');
  await tick(page, 'network', 'separated');
  await page.locator(id('organisation')).selectOption('city-of-lindenhaven');
  await text('team.en', 'Mobility team');
  await text('proposerName', 'Samira de Vries');
  await text('proposerEmail', 'samira.devries@kentekenwerk.example');
  await text('proposerPhone', '+31 30 123 4567');
}

/** Downloads the proposal and imports it into a copy of the content, as the register team does. */
async function downloadAndImport(page: Page, download: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: download }).click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'proposal-'));
  const content = join(dir, 'content');
  cpSync(join(project, 'content'), content, { recursive: true });
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { content, path, result: runImport(content, path, '--date', localToday()) };
}

test('an owner proposes a device in English, and the register team imports the file', async ({ page }) => {
  await formReady(page, 'en');
  await fillProposal(page, {
    en: 'Bus lane camera Lakenstraat',
    nl: 'Busbaancamera Lakenstraat',
    ar: 'كاميرا مسار الحافلات',
  });
  // The example coordinates are the middle of the city's own districts.
  await expect(page.getByText(/^In decimal degrees, latitude first, e\.g\. 52\.\d{4} and 5\.\d{4}\./)).toBeVisible();
  await page.getByRole('button', { name: 'Check the proposal' }).click();
  await expect(page.getByRole('heading', { name: 'Your proposal is ready' })).toBeFocused();
  const mail = page.getByRole('link', { name: 'E-mail the register team' });
  await expect(mail).toHaveAttribute(
    'href',
    'mailto:sensors@lindenhaven.example?subject=Proposal%20for%20the%20sensor%20register%3A%20Bus%20lane%20camera%20Lakenstraat' +
      '&body=Please%20add%20the%20device%20in%20the%20attached%20file%20proposal-bus-lane-camera-lakenstraat.json%20to%20the%20sensor%20register.',
  );
  await expect(
    page.getByText('The proposal is too long for an e-mail link: attach the file you downloaded'),
  ).toBeVisible();

  const { content, path, result } = await downloadAndImport(page, 'Download the proposal (JSON file)');
  expect(path.endsWith('proposal-bus-lane-camera-lakenstraat.json')).toBe(true);
  expect(JSON.parse(readFileSync(path, 'utf8')).proposedBy).toEqual({
    name: 'Samira de Vries',
    email: 'samira.devries@kentekenwerk.example',
    phone: '+31 30 123 4567',
    proposed: localToday(),
  });
  expect(result.err).toBe('');
  expect(result.out).toContain('Imported: 1 new, 0 changed');
  const written = readFileSync(join(content, 'register', 'bus-lane-camera-lakenstraat.yaml'), 'utf8');
  expect(written).toContain('kind: anpr-camera');
  expect(written).toContain('retention: PT72H');
  for (const personal of ['Samira', 'kentekenwerk', '123 4567', 'proposedBy']) expect(written).not.toContain(personal);

  const check = spawnSync(process.execPath, [join(project, 'scripts', 'content-check.ts')], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content },
  });
  // No error; the texts the owner wrote in English only are a translation warning, as for any device.
  expect(check.stdout).toContain('Content check: 0 errors');
  expect(check.stdout).toContain(
    'bus-lane-camera-lakenstraat.yaml\n  Not translated yet into Dutch: summary, measures, location.description, factsChecked.team.',
  );
  expect(check.status).toBe(0);
});

test('an owner proposes a device in Arabic, right to left, and the file imports', async ({ page }) => {
  await formReady(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اقتراح جهاز لإضافته إلى السجل');
  // Each language's input is typed in its own direction, whatever the page's.
  await expect(page.locator(id('name.en'))).toHaveAttribute('dir', 'ltr');
  await expect(page.locator(id('name.ar'))).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('label[for="propose-kind"]')).toHaveText('نوع الجهاز (مطلوب)');
  // Problems are named in the page's language, with the language of the text they are about.
  await page.getByRole('button', { name: 'تحقّق من الاقتراح' }).click();
  const summary = page.locator('.propose-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('راجع هذه الإجابات');
  await expect(summary.getByRole('link').first()).toHaveText('الاسم (English): املأ هذا الحقل.');
  await expect(summary.getByRole('link', { name: 'نوع الجهاز: اختر خيارًا واحدًا.' })).toBeVisible();
  await fillProposal(page, {
    en: 'Bus lane camera Rietlanden',
    nl: 'Busbaancamera Rietlanden',
    ar: 'كاميرا مسار الحافلات في ريتلاندن',
  });
  await page.getByRole('button', { name: 'تحقّق من الاقتراح' }).click();
  await expect(page.getByRole('heading', { name: 'اقتراحك جاهز' })).toBeFocused();
  const { content, result } = await downloadAndImport(page, 'نزّل الاقتراح (ملف JSON)');
  expect(result.err).toBe('');
  const written = readFileSync(join(content, 'register', 'bus-lane-camera-rietlanden.yaml'), 'utf8');
  expect(written).toContain('ar: كاميرا مسار الحافلات في ريتلاندن');
  expect(written).not.toContain('Samira');
  expect(await axeViolations(page)).toEqual([]);
});

test('a keyboard user meets the error summary, follows it to the field, and loses nothing', async ({ page }) => {
  await formReady(page, 'en');
  await page.locator(id('name.en')).fill('Bus lane camera');
  await page.locator(id('name.ar')).fill('كاميرا \u202Eexe.gpj');
  await page.locator(id('summary.en')).fill('<script>alert(1)</script>');
  await page.locator(id('vendor')).fill('Kentekenwerk');
  const submit = page.getByRole('button', { name: 'Check the proposal' });
  await tabTo(page, submit, 400);
  await page.keyboard.press('Enter');

  const summary = page.locator('.propose-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('Check these answers');
  const links = summary.getByRole('link');
  await expect(links.nth(0)).toHaveText(
    'Name (العربية): remove the hidden direction character. It can make a text read as something else; the site sets the direction of every text itself.',
  );
  await expect(links.nth(1)).toHaveText(
    'Summary (English): write plain text. Tags such as <script> are not allowed here.',
  );
  await expect(links.nth(2)).toHaveText('Status: choose one.');
  await expect(summary.getByRole('link', { name: 'Kind of device: choose one.' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Your name: fill this in.' })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const field = page.locator(id('summary.en'));
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', 'propose-summary-en-error');
  await expect(page.locator('#propose-summary-en-error')).toHaveText(
    'Summary (English): write plain text. Tags such as <script> are not allowed here.',
  );
  await expect(page.locator(id('name.ar'))).toHaveAttribute('aria-describedby', 'propose-name-ar-error');
  // Nothing typed is lost on an error, nor on reloading the page.
  await expect(page.locator(id('vendor'))).toHaveValue('Kentekenwerk');
  expect(await axeViolations(page)).toEqual([]);
  await page.reload();
  await expect(page.getByText('Your draft from this browser is back.')).toBeVisible();
  await expect(page.locator(id('name.en'))).toHaveValue('Bus lane camera');
  await expect(page.locator(id('summary.en'))).toHaveValue('<script>alert(1)</script>');

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Forget this draft' }).click();
  await expect(page.getByText('The draft is forgotten: this browser keeps nothing of it.')).toBeVisible();
  await expect(page.locator(id('name.en'))).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('lindenhaven:register:proposal'))).toBeNull();
});

test('the register links to the form', async ({ page }) => {
  await page.goto('/nl/register/');
  await page.getByRole('link', { name: 'Een apparaat aanmelden voor het register' }).click();
  await expect(page).toHaveURL(/\/nl\/register\/propose\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Een apparaat aanmelden voor het register');
});
