import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { city } from '../../src/site/city.ts';
import { localToday } from '../../src/lib/content/today.ts';
import { editorConfigText } from '../../src/site/editor-config.ts';
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

test('the editor serves the configuration made from the content kinds and is in no public list', async ({
  request,
}) => {
  const root = join(import.meta.dirname, '..', '..');
  const served = await (await request.get('/admin/config.yml')).text();
  expect(served).toBe(editorConfigText({ contentDir: contentSource, city }));
  const dist = join(root, 'dist');
  expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  for (const language of city.locales.map((locale) => locale.code)) {
    expect(readFileSync(join(dist, language, 'sw.js'), 'utf8'), `${language}/sw.js`).not.toContain('admin/');
  }
  const search = readdirSync(join(dist, 'data', 'search')).filter((name) => name.endsWith('.json'));
  expect(search.length).toBeGreaterThan(0);
  for (const name of search)
    expect(readFileSync(join(dist, 'data', 'search', name), 'utf8'), name).not.toContain('/admin/');
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

test('an edit undone after publishing can be published, and the file is back to its bytes', async ({ page }) => {
  // Decap compared the form with the entry as first opened: the undone edit showed "Changes saved".
  const path = 'register/noise-centrum-01.yaml';
  await openEditor(page, backend, '#/collections/register/entries/noise-centrum-01');
  const english = () => page.locator('[id^="name-field-"]').getByLabel('English', { exact: false });
  await english().fill('Sound level meter Oude Marktx');
  await publish(page);
  expect(saved(path)).toBe(original(path).replace('Sound level meter Oude Markt\n', 'Sound level meter Oude Marktx\n'));
  await expect(english()).toHaveValue('Sound level meter Oude Marktx');
  await english().fill('Sound level meter Oude Markt');
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeEnabled();
  await publish(page);
  await expect.poll(() => saved(path)).toBe(original(path));
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
  const editor = await openEditor(page, backend, '#/collections/advisories/new');
  /** Texts and dates in each language; choices once, in English (the editor copies them to the others). */
  const fill = async (pane: ReturnType<typeof page.locator>, texts: (typeof advisory)['en'], choices: boolean) => {
    await pane.getByLabel('Title', { exact: true }).fill(texts.title);
    await pane.getByLabel('Summary', { exact: true }).fill(texts.summary);
    await pane.getByLabel('Published', { exact: true }).fill('2026-12-05');
    await pane.getByLabel('Reviewed', { exact: true }).fill('2026-12-05');
    if (choices) {
      for (const [label, value] of [
        ['Severity', 'medium'],
        ['Status', 'open'],
      ]) {
        await pane.getByLabel(label!, { exact: true }).pressSequentially(value!);
        await pane.getByLabel(label!, { exact: true }).press('Enter');
      }
      await pane.getByLabel('Everyone (optional)').click();
    }
    await pane.getByRole('button', { name: 'Add steps' }).click();
    await pane.getByRole('textbox', { name: 'Steps', exact: true }).fill(texts.step);
    await pane.getByRole('textbox', { name: 'Text', exact: true }).fill(texts.body);
  };
  await fill(page.locator('.Pane1'), advisory.en, true);
  await fill(page.locator('.Pane2'), advisory.nl, false);
  await page.locator('.Pane2').getByText('Writing in NL').click();
  await page.getByRole('menuitem', { name: 'AR' }).click();
  await fill(page.locator('.Pane2'), advisory.ar, false);
  // Arabic is typed and read right to left beside the English.
  await expect(page.locator('.Pane2').getByLabel('Title', { exact: true })).toHaveJSProperty('dir', 'auto');
  expect(
    await page
      .locator('.Pane2')
      .getByLabel('Title', { exact: true })
      .evaluate((field) => field.matches(':dir(rtl)')),
  ).toBe(true);
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
  // Typing, the block widget, publishing: still nothing from another host and no CSP violation.
  expect(editor.foreignRequests).toEqual([]);
  expect(await editor.violations()).toEqual([]);
});

test('a new device is registered with its texts in every language', async ({ page }) => {
  await openEditor(page, backend, '#/collections/register/new');
  /** A field by its name in the file; `nth` where the name recurs (a list item's `type` after the location's). */
  const field = (name: string, nth = 0) => page.locator(`[id^="${name}-field-"]`).nth(nth);
  const choose = async (name: string, ...labels: string[]) => {
    for (const label of labels) {
      await field(name).pressSequentially(label);
      await field(name).press('Enter');
    }
  };
  const texts = async (name: string, values: Record<string, string>, nth = 0) => {
    const group = field(name, nth);
    for (const [language, text] of Object.entries(values)) {
      await group
        .getByLabel({ en: 'English', nl: 'Nederlands', ar: 'العربية' }[language]!, { exact: false })
        .fill(text);
    }
  };
  await texts('name', {
    en: 'Cyclist counter Havenbrug',
    nl: 'Fietstelpunt Havenbrug',
    ar: 'عدّاد الدراجات عند هافنبروخ',
  });
  await texts('summary', {
    en: 'Counts bicycles crossing the Havenbrug. It records no images.',
    nl: 'Telt fietsen op de Havenbrug. Het maakt geen beelden.',
    ar: 'يعدّ الدراجات التي تعبر جسر هافنبروخ. لا يسجّل أي صور.',
  });
  await choose('status', 'active');
  await field('activeFrom').fill('2022-05-01');
  await choose('kind', 'Cyclist counter');
  await choose('technology', 'Induction loop');
  await texts('measures', {
    en: 'Bicycles per direction per 15 minutes.',
    nl: 'Fietsen per richting per kwartier.',
    ar: 'عدد الدراجات في كل اتجاه كل 15 دقيقة.',
  });
  await choose('dataTypes', 'Counts');
  // Personal data is left off: that is the answer "no", saved as false.
  await choose('purposes', 'Traffic and mobility');
  await choose('processing', 'Aggregated');
  await field('retention').fill('P5Y');
  await choose('storage', 'City data centre');
  await choose('access', 'Responsible organisation', 'Open data');
  await choose('organisation', 'Municipality of Lindenhaven');
  await choose('type', 'point');
  await field('lat').fill('52.11');
  await field('lng').fill('5.105');
  await texts('description', {
    en: 'In the cycle path on the bridge.',
    nl: 'In het fietspad op de brug.',
    ar: 'في مسار الدراجات على الجسر.',
  });
  await choose('mountedOn', 'In the ground');
  await choose('signage', 'no');
  await choose('encryptedInTransit', 'no');
  await choose('encryptedAtRest', 'no');
  await choose('updates', 'remote');
  await field('signedUpdates').click();
  await field('supportUntil').fill('2030-12-31');
  await choose('network', 'separated');
  await field('disclosurePolicy').fill('https://www.vendor.example/security');
  await field('lastIndependentReview').fill('none');
  // The history starts with its "registered" event, dated today: nothing to fill in.
  await expect(field('date')).toHaveValue(localToday());
  await field('created').fill('2022-04-12');
  await field('updated').fill('2022-04-12');
  await field('date', 1).fill('2026-12-01');
  await texts('team', { en: 'Mobility team', nl: 'Team mobiliteit', ar: 'فريق التنقل' });
  await publish(page);

  const device = parse(saved('register/cyclist-counter-havenbrug.yaml'));
  expect(device).toMatchObject({
    name: { en: 'Cyclist counter Havenbrug', nl: 'Fietstelpunt Havenbrug', ar: 'عدّاد الدراجات عند هافنبروخ' },
    kind: 'cyclist-counter',
    technology: ['induction-loop'],
    dataTypes: ['counts'],
    personalData: false,
    access: ['accountable-organisation', 'open-data'],
    location: { type: 'point', lat: 52.11, lng: 5.105 },
    security: { signedUpdates: true, supportUntil: '2030-12-31' },
    history: [
      {
        date: localToday(),
        type: 'registered',
        note: { en: 'Added to the register.', nl: 'Toegevoegd aan het register.', ar: 'أُضيف إلى السجل.' },
      },
    ],
    factsChecked: { date: '2026-12-01', team: { ar: 'فريق التنقل' } },
  });
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

test('a rebuild from the saved files shows the new advisory and device, with the typed script as text', () => {
  test.setTimeout(600_000);
  // Built the way a fork builds (npm run city:build): this city's profile with the edited content,
  // into a folder of its own, so the site the other tests are served from stays as it is.
  const city = mkdtempSync(join(tmpdir(), 'editor-rebuild-'));
  try {
    copyFileSync('city.config.ts', join(city, 'city.config.ts'));
    symlinkSync(join(backend.repo, 'content'), join(city, 'content'));
    const build = spawnSync(process.execPath, ['scripts/build-city.ts', city, '--out', join(city, 'dist')], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(build.status, build.stderr).toBe(0);
    const page = readFileSync(
      join(city, 'dist', 'en', 'advisories', 'fake-parcel-texts-ask-residents-to-pay-customs-fees', 'index.html'),
      'utf8',
    );
    expect(page).toContain('Fake parcel texts ask residents to pay customs fees');
    expect(page).toContain(
      'Delete the message &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; without clicking the link.',
    );
    expect(page).not.toContain('<script>alert');
    const device = readFileSync(
      join(city, 'dist', 'nl', 'register', 'cyclist-counter-havenbrug', 'index.html'),
      'utf8',
    );
    expect(device).toContain('Fietstelpunt Havenbrug');
  } finally {
    rmSync(city, { recursive: true, force: true });
  }
});
