/**
 * Build hooks of the academy:
 * - before the pages are built, validate all content (`scripts/qa/validate-content.ts`, in a worker
 *   thread: scripts/build/validation-worker.ts) and stop on any problem, naming file and field;
 * - while the pages are built, run the page pass (glossary links, links in the page's language, HTML
 *   repairs, CSP policies: scripts/build/page-pass.ts) in a worker thread, which src/middleware.ts
 *   hands each page to;
 * - after the build, complete the CSP of `_headers` with the pages' hashes, move the other
 *   languages' 404 pages into place and write the sitemap and robots.txt.
 * The SCORM packages and the search index are the next steps of `npm run build`, each in a process
 * of its own (scripts/build.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DEFAULT_LOCALE, LOCALES } from '#src/lib/i18n/locale.ts';
import { unlocalizedPath } from '#src/lib/routes.ts';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ValidationSummary } from './validation-worker.ts';
import { sitemapXml } from './sitemap.ts';
import { phase } from '#scripts/lib/phase.ts';
import { isScoSourcePath } from '#src/features/training/lms/package.ts';
import { headersWithHashes, passSummary, startPagePass } from './page-pass.ts';
import { searchSourceFile } from './search-source.ts';

/**
 * Validates the content in a worker thread, alongside Astro's own set-up and content loading, which
 * use one core: at 1,000 entries that takes the validation's 0.8 s off the build's time. Astro waits
 * for the answer before it builds a page (`astro:build:start`). Problems are printed as soon as they
 * are known, so they show even when Astro's content loading stops first on the same mistake.
 */
function validateAside(content: string, root: string): Promise<ValidationSummary> {
  return new Promise((done, failed) => {
    const worker = new Worker(new URL('./validation-worker.ts', import.meta.url), { workerData: { content, root } });
    worker.once('message', (summary: ValidationSummary) => {
      if (summary.problems.length > 0)
        console.error(
          `Content validation failed (${summary.problems.length}):\n${summary.problems.map((p) => `  ✗ ${p}`).join('\n')}`,
        );
      done(summary);
    });
    worker.once('error', failed);
    worker.once('exit', (code) => {
      if (code !== 0) failed(new Error(`content validation stopped with code ${code}`));
    });
  });
}

export default function academy(): AstroIntegration {
  let site = '';
  let validation: Promise<ValidationSummary> | undefined;
  let contentRoot = '';
  let root = '';
  let pass: ReturnType<typeof startPagePass> | undefined;
  return {
    name: 'academy',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        site = String(config.site ?? '');
        if (command !== 'build') return;
        root = fileURLToPath(config.root);
        contentRoot = join(root, 'content');
        phase('Astro and Vite set-up, content validation alongside');
        validation = validateAside(contentRoot, root);
        // A failure is reported where the build waits for the answer, not as an unhandled rejection.
        validation.catch(() => {});
      },
      'astro:build:start': async ({ logger }) => {
        if (!validation) return;
        const result = await validation;
        if (result.problems.length > 0) {
          throw new Error(`Content validation failed: ${result.problems.length} problem(s), listed above`);
        }
        logger.info(
          `content valid: ${result.entries} entries, ${result.translations} translations (${result.stale} stale), checked in ${result.ms} ms`,
        );
        pass = startPagePass(contentRoot, searchSourceFile(root));
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        phase('sitemap');
        const out = fileURLToPath(dir);
        if (pass) {
          const result = await pass.finish();
          pass = undefined;
          const lines = passSummary(result);
          const headers = join(out, '_headers');
          if (existsSync(headers)) {
            const { text, added } = headersWithHashes(readFileSync(headers, 'utf8'), result.metas);
            writeFileSync(headers, text);
            const n = result.metas.length;
            lines.push(
              `security headers: ${added} inline hashes from ${n} page polic${n === 1 ? 'y' : 'ies'} added to the CSP header`,
            );
          } else logger.warn('no _headers in the build output: hosts will send no security headers');
          for (const line of lines) logger.info(line);
        }
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
