import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { precachePatterns } from '../content-kinds/index.ts';
import { SEARCH_FORMAT } from '../lib/search/index-format.ts';

/**
 * One service worker per language, `/<lang>/sw.js`, scoped to `/<lang>/`, so that a visitor's
 * phone keeps only their language: after one visit to a page that registers it (lessons, quizzes,
 * the classroom, the register list, my data), those pages work without a network. Only this
 * site's own files are cached (docs/offline.md).
 */
export function serviceWorkers(options: { locales: string[] }): AstroIntegration {
  return {
    name: 'service-workers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const lang of options.locales) {
          const { count, size, warnings } = await generateSW({
            globDirectory: dist,
            globPatterns: [
              '_astro/**/*.{js,css}',
              'icons.*.svg',
              // Every page links it: without it, each offline page load logs a failed request.
              'favicon.svg',
              `${lang}/offline/index.html`,
              // Pages that are no content kind's: the classroom works offline, my data is on the phone.
              `${lang}/classroom/**/index.html`,
              `${lang}/my-data/index.html`,
              // What each kind of content keeps offline (src/content-kinds/, facet `offline`).
              ...precachePatterns(lang),
            ],
            swDest: `${dist}/${lang}/sw.js`,
            // Paths in dist are relative; sw.js lives in /<lang>/, so make them absolute.
            modifyURLPrefix: { '': '/' },
            // The Workbox runtime goes into sw.js itself: nothing is loaded from a CDN.
            inlineWorkboxRuntime: true,
            mode: 'production',
            sourcemap: false,
            cacheId: `lindenhaven-${lang}`,
            cleanupOutdatedCaches: true,
            // A new version waits until the reader chooses to reload (the page offers it).
            skipWaiting: false,
            clientsClaim: true,
            // Fingerprinted assets need no revision; register filters in the query string use the cached list.
            dontCacheBustURLsMatching: /\/_astro\//,
            ignoreURLParametersMatching: [/.*/],
            runtimeCaching: [
              {
                // Search index parts already fetched stay usable offline (the whole index is too big to keep ahead of time).
                urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/search/'),
                handler: 'StaleWhileRevalidate',
                // Named by the index format: a meta file kept from an older format never meets a newer engine.
                options: { cacheName: `lindenhaven-${lang}-search-${SEARCH_FORMAT}`, expiration: { maxEntries: 80 } },
              },
              {
                // Other pages: the network first, a copy of pages already seen when offline, else the offline page.
                urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
                handler: 'NetworkFirst',
                options: {
                  cacheName: `lindenhaven-${lang}-pages`,
                  networkTimeoutSeconds: 5,
                  expiration: { maxEntries: 60 },
                  precacheFallback: { fallbackURL: `/${lang}/offline/index.html` },
                },
              },
            ],
          });
          for (const warning of warnings) logger.warn(warning);
          logger.info(`/${lang}/sw.js precaches ${count} files, ${Math.round(size / 1024)} KB`);
        }
      },
    },
  };
}
