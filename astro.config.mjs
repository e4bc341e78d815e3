// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { city } from './src/site/city.ts';
import { contentDirOverride } from './src/site/content-dir.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentPreview } from './src/integrations/content-preview.ts';
import { contentRoot } from './src/integrations/content-root.ts';
import { contentCacheDir } from './src/lib/content-cache-dir.ts';
import { precompressSearchIndex } from './src/integrations/precompress-search.ts';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { serviceWorkers } from './src/integrations/service-worker.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { safeLinksPlugin } from './src/lib/content/safe-links.ts';

const localeCodes = city.locales.map((locale) => locale.code);
// Benchmarks and fixtures build other content trees (CONTENT_DIR); each keeps its own content
// store beside it, so that it never mixes with the store of content/ (src/integrations/content-root.ts).
const contentDir = contentDirOverride();

export default defineConfig({
  site: city.siteUrl,
  ...(contentDir ? { cacheDir: contentCacheDir(contentDir) } : {}),
  output: 'static',
  trailingSlash: 'always',
  // One cached stylesheet for all pages: residents on slow networks download it once.
  // Four pages in flight at once: while one page's file is written, the next is rendered
  // (the build was waiting on writes a quarter of the time).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: {
    locales: localeCodes,
    defaultLocale: city.defaultLocale,
    // Every page lives under /<lang>/; src/pages/index.astro offers the choice at /.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    contentRoot(),
    // Content errors stop the build before anything is read or written (npm run check).
    contentCheck(),
    // npm run dev shows every saved content change, the register's included, and checks it again.
    contentPreview(),
    precompressSearchIndex(),
    mdx(),
    preact(),
    sitemap({
      // The design-system page is for editors, the offline page for the service worker and sign
      // pages for printing: not for search engines.
      filter: (page) => !/\/(design-system|offline|sign)\/$/.test(page),
      // No `i18n` option: every page names its translations in <link rel="alternate" hreflang>,
      // which search engines read as well, and the option's matching of translations is
      // quadratic (about 15 s of a 10,000-sensor build).
    }),
    serviceWorkers({ locales: localeCodes }),
    deployHeaders({ locales: localeCodes, host: new URL(city.siteUrl).host }),
    // Last: only a build that got through every step above replaces dist/ (a failed one leaves it as it was).
    atomicOutput(),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      // Astro fills script-src and style-src with 'self' plus hashes of what it bundles.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self' mailto:",
      ],
    },
  },
  // Shiki colours code with inline styles, which the CSP forbids; content has no code blocks to colour.
  markdown: {
    syntaxHighlight: false,
    // Content links may only be web, mail and phone addresses (src/lib/content/safe-links.ts).
    processor: satteri({ hastPlugins: [safeLinksPlugin] }),
  },
  // All CSS in one file, cached after the first page (it is small; splitting costs requests).
  vite: {
    build: { cssCodeSplit: false },
    plugins: [
      {
        // lunr-languages' Arabic stemmer keeps its state on `this` of a plain function
        // call, which is undefined in a bundled (strict) module; give it an object of its own.
        name: 'lunr-languages-strict-mode',
        transform(code, id) {
          if (!/lunr-languages[\\/]lunr\.ar\.js$/.test(id)) return undefined;
          return { code: code.replace('var self = this;', 'var self = {};'), map: null };
        },
      },
    ],
  },
  devToolbar: { enabled: false },
});
