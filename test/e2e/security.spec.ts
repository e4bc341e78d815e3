import { expect, test } from '@playwright/test';
import { readRegister } from '../../src/lib/register/load-register.ts';
import { explorerReady } from '../support/register.ts';

const { register } = readRegister('content');
const encrypted = register.entries.filter((e) => e.security.encryptedInTransit === 'yes');
const unencrypted = register.entries.find((e) => e.id === 'parking-sensor-stationskwartier-01')!;

test('a resident filters the register for devices that encrypt what they send', async ({ page }) => {
  await page.goto('/en/register/');
  await explorerReady(page);
  const status = page.locator('.explorer__count');
  await expect(status).toContainText(`${register.entries.length} devices`);
  await page.locator('summary', { hasText: 'Encrypted when sent' }).click();
  await page.locator('#facet-encryptedInTransit-yes').check();
  await expect(page).toHaveURL(/\?encryptedInTransit=yes$/);
  await expect(status).toHaveText(`${encrypted.length} devices match`);
  await expect(page.locator('.register-table tbody tr')).toHaveCount(Math.min(encrypted.length, 50));
  await expect(page.locator(`.register-table tbody a[href$="/${unencrypted.id}/"]`)).toHaveCount(0);

  await page.locator('#facet-encryptedInTransit-no').check();
  await page.locator('#facet-encryptedInTransit-yes').uncheck();
  await expect(page).toHaveURL(/\?encryptedInTransit=no$/);
  await expect(page.locator(`.register-table tbody a[href$="/${unencrypted.id}/"]`)).toHaveCount(1);
  await page.locator(`.register-table tbody a[href$="/${unencrypted.id}/"]`).click();

  const section = page.getByRole('region', { name: 'How this device is secured' });
  await expect(section).toContainText('Data encrypted when sent');
  await expect(section).toContainText('This device cannot be updated');
  await expect(section).toContainText('support has ended');
  await expect(section).toContainText(unencrypted.security.note!['en']!);
  await section.getByRole('link', { name: 'Older parking sensors at the Stationsplein are replaced' }).click();
  await expect(page.locator('h1')).toHaveText('Older parking sensors at the Stationsplein are replaced');
});

test('the statistics show encryption and vendor support, with table alternatives', async ({ page }) => {
  await page.goto('/nl/register/stats/');
  for (const title of ['Gegevens versleuteld verstuurd', 'Gegevens versleuteld opgeslagen'])
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  const support = page.locator('figure', {
    has: page.getByRole('heading', { name: /^Beveiligingsupdates van de leverancier/ }),
  });
  await support.locator('summary').click();
  await expect(support.getByRole('table')).toContainText('Stopt binnen een jaar');
});
