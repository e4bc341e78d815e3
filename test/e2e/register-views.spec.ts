import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readRegister } from '../../src/lib/register/load-register.ts';
import { formatDuration, parseRetention, retentionHours } from '../../src/lib/register/retention.ts';
import { explorerReady } from '../support/register.ts';

const { register } = readRegister('content');
const personal = register.entries.filter((e) => e.personalData);
const wide = { width: 1280, height: 900 };
const phone = { width: 390, height: 844 };

const tableNames = (page: Page) => page.locator('.register-table tbody th').allTextContents();
/** The explorer's own list (the plain HTML list sits hidden inside the explorer once it has the data). */
const cards = (page: Page) => page.locator('.explorer__results > .sensor-list .sensor-item');
const cardNames = (page: Page) => cards(page).locator('.sensor-item__name').allTextContents();

test('on a wide screen the table sorts by a column, keeps the order in the URL, and the cards show the same devices', async ({
  page,
  browser,
}) => {
  await page.setViewportSize(wide);
  await page.goto('/en/register/?personalData=yes');
  await explorerReady(page);
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(personal.length);

  const retention = table.getByRole('columnheader', { name: 'Kept for' });
  await retention.getByRole('button').click();
  await expect(page).toHaveURL(/\?personalData=yes&sort=retention$/);
  await expect(retention).toHaveAttribute('aria-sort', 'ascending');
  await retention.getByRole('button').click();
  await expect(page).toHaveURL(/\?personalData=yes&sort=retention&order=desc$/);
  await expect(retention).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('columnheader', { name: 'Name' })).not.toHaveAttribute('aria-sort');
  const longest = personal.reduce((a, b) => (retentionHours(b.retention) > retentionHours(a.retention) ? b : a));
  await expect(table.locator('tbody tr').first().locator('td').nth(3)).toHaveText(
    formatDuration(parseRetention(longest.retention)!, 'en'),
  );
  const inTable = await tableNames(page);

  // The same address on a phone: cards, the same devices in the same order.
  const phonePage = await browser.newPage({ viewport: phone });
  await phonePage.goto(page.url());
  await explorerReady(phonePage);
  await expect(cards(phonePage)).toHaveCount(personal.length);
  expect(await cardNames(phonePage)).toEqual(inTable);
  await expect(phonePage.getByLabel('Sort by')).toHaveValue('retention');
  // And the table is a choice there too.
  await phonePage.getByRole('button', { name: 'Table', exact: true }).click();
  await expect(phonePage.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(await tableNames(phonePage)).toEqual(inTable);
  await phonePage.close();
});

test('"Download these devices" saves the current selection as CSV, made in the browser', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.setViewportSize(phone);
  await page.goto('/en/register/?personalData=yes&sort=name&order=desc');
  await explorerReady(page);
  await expect(cards(page)).toHaveCount(personal.length);
  const before = requests.length;

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download these devices (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`register-selection-${personal.length}.csv`);
  const text = readFileSync((await download.path())!, 'utf8');
  const rows = parse(text.replace(/^\uFEFF/, '')) as string[][];
  expect(rows[0]).toEqual([
    'Name',
    'Kind of device',
    'District',
    'Personal data',
    'Kept for',
    'Accountable organisation',
    'Id',
    'Page on this site',
  ]);
  expect(rows.slice(1).map((row) => row[0])).toEqual(await cardNames(page));
  expect(rows.slice(1).every((row) => row[3] === 'Yes')).toBe(true);
  const first = rows[1]!;
  expect(first[7]).toBe(new URL(`/en/register/${first[6]}/`, page.url()).href);
  // Nothing went over the network to make it (the CSV code itself is a file of this site).
  expect(requests.slice(before).filter((url) => !url.includes('/_astro/'))).toEqual([]);
});
