/**
 * Build hooks of the academy:
 * - before the build, validate all content (`scripts/qa/validate-content.ts`) and stop on any problem,
 *   naming file and field (Astro alone only logs a dangling reference);
 * - after the build, move the other languages' 404 pages into place and write the sitemap and
 *   robots.txt (glossary links, HTML fixes and CSP hashes follow in scripts/build/html-pass.ts).
 * The search index is the next step of `npm run build`, in a process of its own:
 * `scripts/build/index-search.ts` says why.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DEFAULT_LOCALE, LOCALES } from '#src/lib/i18n/locale.ts';
import { unlocalizedPath } from '#src/lib/routes.ts';
import { join } from 'node:path';
import { formatProblem } from '#scripts/qa/entries.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';
import { sitemapXml } from './sitemap.ts';
import { phase } from '#scripts/lib/phase.ts';
import { isScoSourcePath } from '#src/features/training/lms/package.ts';

export default function academy(): AstroIntegration {
  let site = '';
  return {
    name: 'academy',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        site = String(config.site ?? '');
        if (command !== 'build') return;
        phase('content validation');
        const root = fileURLToPath(config.root);
        const { problems, entries, translations } = validateContent(join(root, 'content'), root);
        if (problems.length > 0) {
          throw new Error(
            `Content validation failed (${problems.length}):\n${problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n')}`,
          );
        }
        const stale = translations.filter((t) => t.state === 'stale').length;
        logger.info(`content valid: ${entries.length} entries, ${translations.length} translations (${stale} stale)`);
        phase('Astro and Vite set-up');
      },
      'astro:build:done': ({ dir, pages }) => {
        phase('sitemap');
        const out = fileURLToPath(dir);
        // The 404 page of each other language is built at /<locale>/404/ (its route is injected
        // again under the prefix, scripts/build/locale-routes.ts); hosts serve it as /<locale>/404.html.
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          const built = join(out, locale, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(out, locale, '404.html'));
          rmSync(join(out, locale, '404'), { recursive: true, force: true });
        }
        const paths = pages
          .map((p) => `/${p.pathname}`.replace(/\/+/g, '/'))
          .filter((p) => !/^\/404(\/|$)/.test(unlocalizedPath(p)) && !isScoSourcePath(p));
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(site, paths));
        writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${new URL('/sitemap.xml', site)}\n`);
      },
    },
  };
}
