import { expect, type Page } from '@playwright/test';

/**
 * Waits until the register explorer has hydrated. Its filters are in the page's HTML before
 * its script runs; Astro removes the island's `ssr` attribute once the script has taken over.
 */
export async function explorerReady(page: Page): Promise<void> {
  await expect(page.locator('astro-island[component-url*="RegisterExplorer"]')).not.toHaveAttribute('ssr');
}
