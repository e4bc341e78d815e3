import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations } from '../support/axe.ts';
import { city } from '../../src/site/city.ts';
import { readRegister } from '../../src/lib/register/load-register.ts';
import { explorerReady } from '../support/register.ts';
import { longDate } from '../../src/lib/intl.ts';

const { register } = readRegister('content');
const anprInCentrum = register.entries.filter((e) => e.kind === 'anpr-camera' && e.districts.includes('centrum'));
const devicesWord = /(\d+) (apparaat|apparaten)/;
const phone = { width: 390, height: 844 };
/** The explorer's own list (the plain HTML list sits hidden inside the explorer once it has the data). */
const matching = '.explorer__results > .sensor-list .sensor-item';

test('a resident on a phone filters by kind and district in Dutch, shares the link, and goes back', async ({
  page,
  context,
}) => {
  await page.setViewportSize(phone);
  await page.goto('/nl/register/');
  await explorerReady(page);
  const status = page.locator('.explorer__count');
  await expect(status).toContainText(`${register.entries.length} apparaten`);
  const filters = page.getByRole('button', { name: 'Filters', exact: true });
  await expect(filters).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('summary', { hasText: 'Soort apparaat' })).toBeHidden();
  await filters.click();
  await page.locator('summary', { hasText: 'Soort apparaat' }).click();
  await page.getByRole('checkbox', { name: /Kentekencamera/ }).check();
  await page.locator('summary', { hasText: 'Wijk' }).click();
  await page.getByRole('checkbox', { name: /Centrum/ }).check();
  await expect(page).toHaveURL(/\?kind=anpr-camera&district=centrum$/);
  await expect(status).toHaveText(new RegExp(`^${anprInCentrum.length} apparaten? gevonden`));
  await expect(page.locator(matching)).toHaveCount(anprInCentrum.length);
  await expect(page.locator('#register-plain-list')).toBeHidden();
  // The panel closes on "Show N devices"; the choices stay, and the button counts them.
  await page.getByRole('button', { name: `Toon ${anprInCentrum.length} apparaten` }).click();
  await expect(page.getByRole('checkbox', { name: /Kentekencamera/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filters 2 gekozen' })).toBeFocused();
  await expect(page).toHaveURL(/\?kind=anpr-camera&district=centrum$/);
  await expect(page.locator(matching)).toHaveCount(anprInCentrum.length);

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole('table').getByRole('row')).toHaveCount(anprInCentrum.length + 1);
  await shared.getByRole('button', { name: 'Kaarten' }).click();
  await expect(shared.getByRole('checkbox', { name: /Kentekencamera/ })).toBeChecked();
  await expect(shared.locator(matching)).toHaveCount(anprInCentrum.length);

  await page.goBack();
  await expect(page).toHaveURL(/\?kind=anpr-camera$/);
  await expect(page.locator('#facet-district-centrum')).not.toBeChecked();
  expect(Number(devicesWord.exec((await status.textContent()) ?? '')?.[1])).toBe(
    register.entries.filter((e) => e.kind === 'anpr-camera').length,
  );
});

test.describe('without a service worker between the page and the network', () => {
  // The service worker would answer from its cache, out of the reach of page.route.
  test.use({ serviceWorkers: 'block' });

  test('on a phone the register data is fetched on the first choice, not on arrival, and a failed fetch is said', async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/data/compact/')) fetched.push(request.url());
    });
    let fail = true;
    await page.route('**/data/compact/**', (route) => (fail ? route.abort() : route.continue()));
    await page.goto('/en/register/');
    await explorerReady(page);
    const status = page.locator('.explorer__count');
    await expect(status).toHaveText(`${register.entries.length} devices match`);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.locator('summary', { hasText: 'Kind of device' }).click();
    const anpr = page.getByRole('checkbox', { name: /Licence plate camera|ANPR/i });
    await anpr.check();
    await expect(status).toContainText('could not load the register');
    await expect(page.locator('#register-plain-list')).toBeVisible();

    fail = false;
    await anpr.uncheck();
    await anpr.check();
    const anprCount = register.entries.filter((e) => e.kind === 'anpr-camera').length;
    await expect(status).toHaveText(new RegExp(`^${anprCount} devices? match`));
    await expect(page.locator('#register-plain-list')).toBeHidden();
    expect(fetched).toHaveLength(2);
  });
});

test('the text filter finds a device by street, and a sensor page answers the key questions', async ({ page }) => {
  const entry = register.entries.find((e) => e.personalData && e.location.type === 'point')!;
  await page.goto('/en/register/');
  await explorerReady(page);
  await page.getByLabel('Name, street or id').fill(entry.id);
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await rows.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/en/register/${entry.id}/$`));
  await expect(page.locator('h1')).toHaveText(entry.name['en']!);
  const answers = page.locator('.sensor-answers');
  await expect(answers.locator('dt')).toHaveText([
    'What it collects',
    'Personal data',
    'How long it is kept',
    'Who is accountable',
  ]);
  await expect(answers.locator('dd').nth(1)).toHaveText('It processes personal data.');
  await expect(page.getByRole('heading', { name: 'Legal basis and assessments' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Privacy statement' })).toHaveAttribute(
    'href',
    entry.privacyStatement!,
  );
  const report = page.getByRole('link', { name: 'Report a problem with this device' });
  await expect(report).toHaveAttribute(
    'href',
    new RegExp(`^mailto:${city.contacts.register.email}\\?subject=.*${entry.id}`),
  );
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.identifier).toBe(entry.id);
  const confirmed = page.locator('dt', { hasText: 'Facts last confirmed with the owner' }).locator('+ dd');
  await expect(confirmed).toContainText(
    `${longDate('en').format(new Date(entry.factsChecked.date))}, by the ${entry.factsChecked.team['en']}`,
  );
});

test('the map opens on demand, loads its library only then, and follows the filters', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/en/register/?personalData=yes');
  await explorerReady(page);
  await expect(page.locator('.explorer__count')).toBeVisible();
  expect(scripts.some((url) => /leaflet|register-map/.test(url))).toBe(false);

  await page.getByRole('button', { name: 'Show map' }).click();
  const map = page.getByRole('region', { name: 'Map of the devices that match the filters' });
  await expect(map.locator('.leaflet-marker-icon').first()).toBeVisible();
  expect(scripts.some((url) => /register-map/.test(url))).toBe(true);
  const markerCount = async () =>
    map
      .locator('.leaflet-marker-icon')
      .evaluateAll((icons) =>
        icons.reduce(
          (sum, icon) => sum + (icon.classList.contains('marker-cluster') ? Number(icon.textContent) : 1),
          0,
        ),
      );
  const personalPoints = register.entries.filter((e) => e.personalData && e.location.type === 'point').length;
  await expect.poll(markerCount).toBe(personalPoints);

  await page.locator('summary', { hasText: 'Kind of device' }).click();
  await page.getByRole('checkbox', { name: /Licence plate camera/ }).check();
  const anprPoints = register.entries.filter((e) => e.kind === 'anpr-camera' && e.location.type === 'point').length;
  await expect.poll(markerCount).toBe(anprPoints);

  const marker = map.locator('.register-marker').first();
  await marker.focus();
  await expect(marker).toBeFocused();
  await expect(marker).toHaveAttribute('aria-label', /.+/);
});

test('without JavaScript the whole register is reachable, page by page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/register/');
  // The filters are in the HTML for those with scripts; without, they are not offered at all.
  await expect(page.locator('.explorer__filters')).toBeHidden();
  await expect(page.locator('.explorer__toolbar')).toBeHidden();
  const firstPage = await page.locator('#register-plain-list .sensor-item').count();
  expect(firstPage).toBe(Math.min(50, register.entries.length));
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/en\/register\/page\/2\/$/);
  expect(firstPage + (await page.locator('#register-plain-list .sensor-item').count())).toBe(register.entries.length);
  await context.close();
});

test("a street sign's QR code opens the device's page", async ({ page }) => {
  const entry = register.entries[0]!;
  await page.setViewportSize({ width: 700, height: 1000 });
  await page.goto(`/signs/${entry.id}.svg`);
  const png = PNG.sync.read(await page.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(code?.data).toBe(`${city.siteUrl}/${city.defaultLocale}/register/${entry.id}/`);
  await expect(page.locator('text').filter({ hasText: new URL(city.siteUrl).host })).toHaveCount(2);
});

test('a sign is printed from its own page in Arabic, which leads back to the device', async ({ page }) => {
  const entry = register.entries[0]!;
  await page.goto(`/ar/register/${entry.id}/`);
  await page.getByRole('link', { name: /لافتة/ }).click();
  await expect(page).toHaveURL(`/ar/register/${entry.id}/sign/`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const sign = page.locator(`img[src="/signs/${entry.id}.svg"]`);
  await expect(sign).toHaveJSProperty('complete', true);
  expect(await sign.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '');
  });
  await page.getByRole('button', { name: 'طباعة' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('h1')).toBeHidden();
  await expect(sign).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: /العودة إلى/ }).click();
  await expect(page).toHaveURL(`/ar/register/${entry.id}/`);
});

test('open data files download and the statistics have table alternatives', async ({ page, request }) => {
  for (const [path, type] of [
    ['/data/register.json', 'application/json'],
    ['/data/register.csv', 'text/csv'],
    ['/data/register.geojson', 'application/geo+json'],
    ['/data/catalog.jsonld', 'application/ld+json'],
  ]) {
    const response = await request.get(path!);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  await page.goto('/ar/register/stats/');
  await expect(page.locator('figure.bar-chart')).toHaveCount(10);
  await expect(page.locator('#facts-checked')).toBeAttached();
  await page.locator('figure.bar-chart summary').first().click();
  await expect(page.locator('figure.bar-chart table').first()).toBeVisible();
});

test('untranslated details are marked with their language and announced once', async ({ page }) => {
  const texts = (e: (typeof register.entries)[number]) => [
    e.summary,
    e.measures,
    e.location.description,
    e.retentionNote,
    e.sharing,
    e.legalBasis?.source,
    ...e.history.map((event) => event.note),
  ];
  const lacksArabic = (e: (typeof register.entries)[number]) => texts(e).some((text) => text && !text['ar']);
  const partly = register.entries.find(lacksArabic);
  const fully = register.entries.find((e) => !lacksArabic(e));
  expect(partly ?? fully).toBeDefined();
  if (partly) {
    await page.goto(`/ar/register/${partly.id}/`);
    await expect(page.locator('.fallback-notice')).toBeVisible();
    await expect(page.locator('.sensor [lang="en"]').first()).toBeAttached();
  }
  if (fully) {
    await page.goto(`/ar/register/${fully.id}/`);
    await expect(page.locator('.fallback-notice')).toHaveCount(0);
  }
  await page.goto(`/en/register/${register.entries[0]!.id}/`);
  await expect(page.locator('.fallback-notice')).toHaveCount(0);
});
