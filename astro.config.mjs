// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import academy from '#scripts/build/academy.ts';
import localeRoutes from '#scripts/build/locale-routes.ts';
import { translatedHeadingIds } from '#scripts/build/heading-ids.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';

/** The public address of the site; canonical URLs and the sitemap use it. Override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://secure-open-research.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // concurrency: 8 pages at a time, so that one page's file write and its trip through the page pass's
  // worker thread (scripts/build/page-pass.ts) overlap other pages' rendering. 4 saved about 2 s of 20
  // at 1,000 bench entries against 1; 8 saved another 7% of `astro build` against 4 (median of ten
  // alternating builds each, 14.8 s against 15.9 s, December 2026), for the same peak memory; 16 and 2
  // were slower.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'fr'],
    routing: { prefixDefaultLocale: false },
  },
  // Hash-based Content-Security-Policy: no inline script runs unless Astro hashed it.
  // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly when it falls back from its worker to
  // the page (it allows no JavaScript eval). The same policy, with these hashes, is also sent as an
  // HTTP header: public/_headers, completed at the end of `astro build` by scripts/build/page-pass.ts.
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  // The academy integration runs the page pass (glossary links, French links, HTML fixes, CSP
  // hashes) in a worker thread on each page as it is rendered (scripts/build/page-pass.ts).
  integrations: [mdx(), react(), localeRoutes(['fr']), academy()],
  // No code highlighting: Shiki's inline styles would break the CSP, and the content has no code.
  // Translated bodies keep the English heading ids, so links to a section work in every language.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [translatedHeadingIds(fileURLToPath(new URL('./content/', import.meta.url)))] }),
  },
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    build: {
      // One stylesheet for the whole site (15 kB gzip), fetched once and then cached, instead of up to
      // three render-blocking ones per page: a module's first paint on a slow phone went from 1.5 s
      // to 1.1 s (Lighthouse 99 → 100; test/bench/lighthouse.md).
      cssCodeSplit: false,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx file triggers this harmless notice; keep real warnings visible.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
