/**
 * `npm run screenshots`: the first screen of each main page type at a phone (390 × 844) and a
 * laptop (1280 × 900) size, in every language, as PNG files in screenshots/ (git ignores it), for
 * people to look at after a layout change. Not compared anywhere: pixels differ between machines
 * and fonts; test/e2e/layout.spec.ts measures the boxes that matter instead. Needs `npm run build`.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { city } from '../src/site/city.ts';
import { siteRegister } from '../src/site/register.ts';
import { chromiumArgs, findChromium } from './support/chromium.ts';
import { serve } from './bench-site.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'screenshots');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No dist/index.html: run `npm run build` first, then `npm run screenshots`.');
  process.exit(1);
}

const device = siteRegister().entries[0]!.id;
/** Page types by name: a path under /<lang>/, and what to open first (the phone menu). */
const pages: { name: string; path: string; open?: string }[] = [
  { name: 'home', path: '' },
  { name: 'home-menu-open', path: '', open: '.site-menu > summary' },
  { name: 'register', path: 'register/' },
  { name: 'register-filters-open', path: 'register/?personalData=yes', open: '.explorer__filters-button' },
  { name: 'device', path: `register/${device}/` },
  { name: 'register-stats', path: 'register/stats/' },
  { name: 'lessons', path: 'lessons/' },
  { name: 'lesson', path: 'lessons/home-network/' },
  { name: 'quizzes', path: 'quizzes/' },
  { name: 'advisories', path: 'advisories/' },
  { name: 'search', path: 'search/?q=camera' },
  { name: 'about', path: 'about/' },
];
const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 900 },
];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { server, url } = await serve(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    for (const { code } of city.locales) {
      for (const { name, path, open } of pages) {
        await page.goto(`${url}/${code}/${path}`, { waitUntil: 'networkidle' });
        // Wide screens have no menu or filters button: the page as it is.
        if (open && (await page.locator(open).isVisible())) await page.locator(open).click();
        await page.screenshot({ path: join(out, `${code}-${name}-${size.name}.png`) });
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(
  `Screenshots of ${pages.length} page types × ${sizes.length} sizes × ${city.locales.length} languages in screenshots/.`,
);
