import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentSource, openEditor, publish, startEditorBackend, type EditorBackend } from '../support/editor.ts';

/**
 * The browser editor at /admin/ (docs/editing.md), driven in Chromium against decap-server on a
 * copy of content/: what a communications officer does, and what the files on disk look like then.
 */

// One backend per worker process: tests in this file run one after another and share the copy.
test.describe.configure({ mode: 'serial' });
const backendPort = 8086 + Number(process.env['TEST_PARALLEL_INDEX'] ?? 0);
let backend: EditorBackend;
test.beforeAll(async () => {
  backend = await startEditorBackend(backendPort);
});
test.afterAll(() => backend?.stop());

const original = (path: string) => readFileSync(join(contentSource, path), 'utf8');
const saved = (path: string) => readFileSync(join(backend.repo, 'content', path), 'utf8');

test('the editor loads from this site only and keeps its Content Security Policy', async ({ page }) => {
  const editor = await openEditor(page, backend);
  await expect(page.getByRole('link', { name: 'Register: devices' })).toBeVisible();
  await page.getByRole('link', { name: 'Advisories' }).click();
  await expect(page.getByText('Update for Voltino smart plugs closes a security gap')).toBeVisible();
  expect(editor.foreignRequests).toEqual([]);
  expect(await editor.violations()).toEqual([]);
  const response = await page.request.get('/admin/');
  expect(await response.text()).toContain(
    `content="default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'`,
  );
});

test('saving a lesson writes the changed title and leaves everything else, and the other languages, byte for byte', async ({
  page,
}) => {
  // Decap saves nothing that did not change, but a save writes every language's file: the Dutch
  // and Arabic files go through the same open-and-save as an untouched entry.
  await openEditor(page, backend, '#/collections/lessons/entries/buying-secure-devices');
  const title = page.locator('.Pane1').getByLabel('Title', { exact: true }).first();
  await title.fill('Buying secure devices, step by step');
  await publish(page);
  const path = (language: string) => `lessons/${language}/buying-secure-devices.mdx`;
  expect(saved(path('en'))).toBe(
    original(path('en')).replace('title: Buying secure devices\n', 'title: Buying secure devices, step by step\n'),
  );
  for (const language of ['nl', 'ar']) expect(saved(path(language)), path(language)).toBe(original(path(language)));
});

test('editing a paragraph next to a Callout changes only that paragraph, and the Callout’s settings only theirs', async ({
  page,
}) => {
  await openEditor(page, backend, '#/collections/lessons/entries/home-network');
  const pane = page.locator('.Pane1');
  const body = pane.getByRole('textbox', { name: 'Text', exact: true });
  const before = 'These are two different passwords.';
  const after = 'These are two different passwords: write both down.';
  await body.fill((await body.inputValue()).replace(before, after));
  const callout = pane.getByRole('group', { name: 'Callout, line 16' });
  await expect(callout).toBeVisible();
  await callout.getByLabel('title').fill('Never press reset');
  await publish(page);
  const path = 'lessons/en/home-network.mdx';
  expect(saved(path)).toBe(
    original(path)
      .replace(before, after)
      .replace(
        '<Callout type="warning" title="Do not press reset">',
        '<Callout type="warning" title="Never press reset">',
      ),
  );
  expect(saved('lessons/nl/home-network.mdx')).toBe(original('lessons/nl/home-network.mdx'));
});

const advisory = {
  en: {
    title: 'Fake parcel texts ask residents to pay customs fees',
    summary:
      'Text messages that look like they come from a parcel service ask for a small customs fee. Do not pay and do not click the link.',
    step: 'Delete the message <script>alert("x")</script> without clicking the link.',
    body: 'Residents report text messages about a parcel that is held until a fee is paid.\n',
  },
  nl: {
    title: 'Nep-pakketberichten vragen om invoerkosten',
    summary:
      'Sms-berichten die van een pakketdienst lijken te komen, vragen om een klein bedrag aan invoerkosten. Betaal niet en klik niet op de link.',
    step: 'Verwijder het bericht zonder op de link te klikken.',
    body: 'Bewoners melden sms-berichten over een pakket dat wordt vastgehouden tot er betaald is.\n',
  },
  ar: {
    title: 'رسائل طرود مزيفة تطلب دفع رسوم جمركية',
    summary: 'رسائل نصية تبدو وكأنها من شركة توصيل تطلب دفع رسوم جمركية صغيرة. لا تدفع ولا تضغط على الرابط.',
    step: 'احذف الرسالة دون الضغط على الرابط.',
    body: 'أبلغ السكان عن رسائل نصية حول طرد محتجز حتى يتم دفع رسوم.\n',
  },
};

test('a new advisory is published in every language, with a typed script kept as text', async ({ page }) => {
  await openEditor(page, backend, '#/collections/advisories/new');
  const fill = async (pane: ReturnType<typeof page.locator>, texts: (typeof advisory)['en']) => {
    await pane.getByLabel('Title', { exact: true }).fill(texts.title);
    await pane.getByLabel('Summary', { exact: true }).fill(texts.summary);
    await pane.getByLabel('Published', { exact: true }).fill('2026-12-05');
    await pane.getByLabel('Reviewed', { exact: true }).fill('2026-12-05');
    for (const [label, value] of [
      ['Severity', 'medium'],
      ['Status', 'open'],
    ]) {
      await pane.getByLabel(label!, { exact: true }).pressSequentially(value!);
      await pane.getByLabel(label!, { exact: true }).press('Enter');
    }
    await pane.getByLabel('Everyone (optional)').click();
    await pane.getByRole('button', { name: 'Add steps' }).click();
    await pane.getByRole('textbox', { name: 'Steps', exact: true }).fill(texts.step);
    await pane.getByRole('textbox', { name: 'Text', exact: true }).fill(texts.body);
  };
  await fill(page.locator('.Pane1'), advisory.en);
  await fill(page.locator('.Pane2'), advisory.nl);
  await page.locator('.Pane2').getByText('Writing in NL').click();
  await page.getByRole('menuitem', { name: 'AR' }).click();
  await fill(page.locator('.Pane2'), advisory.ar);
  await publish(page);

  const slug = 'fake-parcel-texts-ask-residents-to-pay-customs-fees';
  for (const [language, texts] of Object.entries(advisory)) {
    expect(saved(`advisories/${language}/${slug}.mdx`)).toBe(
      [
        '---',
        `title: ${texts.title}`,
        `summary: ${texts.summary}`,
        'published: 2026-12-05',
        'reviewed: 2026-12-05',
        'severity: medium',
        'status: open',
        'affected:',
        '  everyone: true',
        'steps:',
        `  - ${texts.step}`,
        '---',
        '',
        texts.body,
      ].join('\n'),
    );
  }
});

test('the saved files pass the content check', () => {
  const check = spawnSync(process.execPath, ['scripts/content-check.ts'], {
    env: { ...process.env, CONTENT_DIR: join(backend.repo, 'content') },
    encoding: 'utf8',
  });
  expect(check.stdout).toContain('Content check:');
  expect(check.stdout).not.toContain('ERRORS');
  expect(check.status).toBe(0);
});
