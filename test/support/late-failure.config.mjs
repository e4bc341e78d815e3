// @ts-check
// The site's configuration with one more step that fails after every page has been written
// (test/unit/content-check/build-stops.test.ts): a stand-in for any error late in a build.
import { defineConfig } from 'astro/config';
import site from '../../astro.config.mjs';

const integrations = site.integrations ?? [];
export default defineConfig({
  ...site,
  root: new URL('../../', import.meta.url).pathname,
  integrations: [
    ...integrations.slice(0, -1),
    {
      name: 'fails-late',
      hooks: {
        'astro:build:generated': () => {
          throw new Error('A step after the pages failed.');
        },
      },
    },
    ...integrations.slice(-1),
  ],
});
