/**
 * After the build, one pass over the built pages that reads and writes each page once (it used to
 * be three passes, each reading every page, one of them scanning every tag of every page):
 * - glossary links: the first mention of each glossary term links to its entry
 *   (scripts/build/glossary-links.ts);
 * - valid HTML: Astro's island style moved into `<head>` and stray NUL characters removed
 *   (scripts/build/html-fixups.ts), so that the Nu HTML checker in test/dist/site.test.ts reports only real mistakes in our pages;
 * - security headers: the CSP of `dist/_headers` (copied from `public/_headers`) is completed with
 *   the script and style hashes of every page's CSP `<meta>`, so that the header and the meta allow
 *   the same inline code (a browser enforces both; a header without Astro's hashes would block the
 *   island runtime). See `scripts/lib/csp.ts`.
 * It runs after the academy integration's own build hook (which moves the French 404 page into place).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '#scripts/lib/dist-files.ts';
import { decodeEntities } from '#scripts/lib/html-scan.ts';
import { isHashSource, parseCsp, withHashesOf } from '#scripts/lib/csp.ts';
import { phase } from '#scripts/lib/phase.ts';
import { getContentRoot } from '#src/schemas/content-index.ts';
import { glossaryLinker } from './glossary-links.ts';
import { hoistIslandStyle, stripNul } from './html-fixups.ts';

/** The content of the page's CSP `<meta http-equiv>`, read from its `<head>` only. */
export function cspMetaOf(html: string): string | undefined {
  const headEnd = html.search(/<\/head\s*>/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\bhttp-equiv\s*=\s*["']?content-security-policy\b/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decodeEntities(content[1] ?? content[2] ?? '');
  }
  return undefined;
}

export default function htmlPass(contentRoot?: string): AstroIntegration {
  return {
    name: 'html-pass',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        phase('HTML pass (glossary links, island style, CSP hashes)');
        const out = fileURLToPath(dir);
        const linker = glossaryLinker(contentRoot ?? getContentRoot());
        const metas = new Set<string>();
        let repaired = 0;
        for (const page of listFiles(out, '.html')) {
          const file = join(out, page);
          const html = readFileSync(file, 'utf8');
          let next = hoistIslandStyle(stripNul(html));
          if (next !== html) repaired += 1;
          next = linker.link(page, next) ?? next;
          const csp = cspMetaOf(next);
          if (csp) metas.add(csp);
          if (next !== html) writeFileSync(file, next);
        }
        const linked = linker.report();
        logger.info(`glossary: ${linked.links} links in ${linked.pages} pages`);
        if (repaired > 0)
          logger.info(
            `valid html: ${repaired} page${repaired === 1 ? '' : 's'} repaired (island style moved into <head>, stray NUL removed)`,
          );

        const headers = join(out, '_headers');
        if (!existsSync(headers)) {
          logger.warn('no _headers in the build output: hosts will send no security headers');
          return;
        }
        let added = 0;
        const text = readFileSync(headers, 'utf8').replace(
          /^(\s+Content-Security-Policy:\s*)(.+)$/gim,
          (_, lead: string, policy: string) => {
            const merged = withHashesOf(policy, metas);
            added +=
              [...parseCsp(merged).values()].flat().filter(isHashSource).length -
              [...parseCsp(policy).values()].flat().filter(isHashSource).length;
            return `${lead}${merged}`;
          },
        );
        writeFileSync(headers, text);
        logger.info(
          `security headers: ${added} inline hashes from ${metas.size} page polic${metas.size === 1 ? 'y' : 'ies'} added to the CSP header`,
        );
      },
    },
  };
}
