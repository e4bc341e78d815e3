import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../../support/axe.ts';
import { explorerReady } from '../../support/register.ts';

/*
 * The second city (test/cities/ulmenstedt), built from its own city.config.ts and content/ the
 * way a city that forks the site builds it (npm run city:build). German is its first language,
 * which none of the demo city's languages is. What is asserted here is that fixture's own text.
 */

// A resident whose browser asks for German.
test.use({ locale: 'de-DE' });

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

test('the home page is in German, names the city and offers English', async ({ page }) => {
  await page.goto('/');
  // The language choice forwards to the browser's language, or the city's default: German.
  await expect(page).toHaveURL(/\/de\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveTitle(/Ulmenstedt: Datenschutz und Cybersicherheit/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Wissen, was in der Stadt misst – und sicher im eigenen Zuhause',
  );
  await expect(page.getByRole('contentinfo')).toContainText('Herausgeber: Stadt Ulmenstedt');
  await expect(page.getByRole('link', { name: 'Zum Hauptinhalt springen' })).toBeAttached();
  await expectNoAxeViolations(page);

  // The language switcher keeps the reader on the same page.
  await page.goto('/de/privacy/');
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/privacy\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy statement');
  await expect(page.getByRole('contentinfo')).toContainText('Publisher: City of Ulmenstedt');
});

test('the register lists the ten devices of its own districts, in German', async ({ page }) => {
  await page.goto('/de/register/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sensorregister');
  await explorerReady(page);
  const status = page.locator('.explorer__count');
  await expect(status).toHaveText('10 Geräte passen');
  await page.locator('summary', { hasText: 'Stadtteil' }).click();
  await page.getByRole('checkbox', { name: /Seeufer/ }).check();
  await expect(page).toHaveURL(/\?district=seeufer$/);
  await expect(status).toHaveText('3 Geräte passen');
  await expectNoAxeViolations(page);
});

test('a device page cites its legal basis the German way', async ({ page }) => {
  await page.goto('/de/register/verkehrskamera-altstadt-01/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verkehrskamera Marktplatz');
  await expect(page.getByText('Es verarbeitet personenbezogene Daten.')).toBeVisible();
  await expect(
    page.getByText('Rechtsgrundlage: Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)'),
  ).toBeVisible();
  await expect(page.getByText('Verkehrskamera Marktplatz, Stadtteil Altstadt')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a device name not yet in English shows in German, marked as German', async ({ page }) => {
  await page.goto('/en/register/wetterstation-muehlenfeld-01/');
  for (const name of [page.getByRole('heading', { level: 1 }), page.locator('.breadcrumbs [aria-current="page"]')]) {
    await expect(name).toHaveText('Wetterstation Gesamtschule');
    await expect(name).toHaveAttribute('lang', 'de');
  }
  await expect(page.locator('.fallback-notice')).toBeVisible();
});

test('a lesson and its quiz, answered', async ({ page }) => {
  await page.goto('/de/lessons/default-passwords/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standardpasswörter ändern');
  await expect(page.getByText('5 Minuten · Einstieg')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Das lernen Sie in dieser Lektion' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Testen Sie Ihr Wissen' }).click();

  await expect(page).toHaveURL(/\/de\/quizzes\/default-passwords\/$/);
  await expect(page.locator('.quiz-player[data-ready]')).toBeVisible();
  const card = page.locator('.quiz-question');
  const answers = [
    'Das Passwort, mit dem ein Gerät aus der Fabrik kommt.',
    'Richtig',
    'Ein langes Passwort, das Sie nirgends sonst verwenden.',
    'Richtig',
  ];
  for (const [index, answer] of answers.entries()) {
    await expect(card.getByRole('heading')).toHaveText(`Frage ${index + 1} von 4`);
    await card.getByLabel(answer, { exact: true }).check();
    await card.getByRole('button', { name: 'Meine Antwort prüfen' }).click();
    await expect(card.locator('.feedback').first()).toHaveText(/^Richtig\./);
    if (index === 0) await expectNoAxeViolations(page);
    const next = index < answers.length - 1 ? 'Nächste Frage' : 'Mein Ergebnis zeigen';
    await page.getByRole('button', { name: next }).click();
  }
  await expect(page.getByText('Sie haben 4 von 4 Fragen richtig beantwortet.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('search finds a plural through the German stemmer', async ({ page }) => {
  // "Luftmessstationen" is nowhere in the content; the German stemmer takes it to the
  // "Luftmessstation" of the device names and the kind of device.
  await page.goto(`/de/search/?q=${encodeURIComponent('Luftmessstationen')}`);
  const results = page.locator('.search-results');
  await expect(results).toHaveAttribute('data-query', 'Luftmessstationen');
  await expect(page.locator('.search-result').filter({ hasText: 'Luftmessstation Rathausplatz' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Ergebnisse?$/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, a lesson works without a network and an unsaved page shows the German offline page', async ({
    page,
    context,
  }) => {
    await page.goto('/de/lessons/');
    // The language's service worker installs and takes control; its precache is complete when it is active.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });

    await context.setOffline(true);
    await page.goto('/de/lessons/default-passwords/');
    await expect(
      page.getByText(
        'Sie sind offline. Lektionen, Quiz, das Klassenzimmer und die Registerliste funktionieren weiter.',
      ),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standardpasswörter ändern');

    await page.goto('/de/register/stats/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sie sind offline');
    await expect(page.getByRole('heading', { name: 'Was ohne Netz funktioniert' })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.setOffline(false);
  });
});
