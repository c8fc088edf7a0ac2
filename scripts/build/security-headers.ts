/**
 * After the build, completes the Content-Security-Policy of `dist/_headers` (copied from
 * `public/_headers`) with the script and style hashes of every page's CSP `<meta>`, so that the
 * header and the meta allow the same inline code. Why: a browser enforces both policies; a header
 * without Astro's hashes would block the island runtime. See `scripts/lib/csp.ts`.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '#scripts/lib/dist-files.ts';
import { headOf } from '#scripts/lib/html-scan.ts';
import { isHashSource, parseCsp, withHashesOf } from '#scripts/lib/csp.ts';
import { phase } from '#scripts/lib/phase.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        phase('CSP header hashes (HTML pass)');
        const out = fileURLToPath(dir);
        const file = join(out, '_headers');
        if (!existsSync(file)) {
          logger.warn('no _headers in the build output: hosts will send no security headers');
          return;
        }
        const metas = new Set<string>();
        for (const page of listFiles(out, '.html')) {
          const csp = headOf(readFileSync(join(out, page), 'utf8')).csp;
          if (csp) metas.add(csp);
        }
        let added = 0;
        const text = readFileSync(file, 'utf8').replace(
          /^(\s+Content-Security-Policy:\s*)(.+)$/gim,
          (_, lead: string, policy: string) => {
            const merged = withHashesOf(policy, metas);
            added +=
              [...parseCsp(merged).values()].flat().filter(isHashSource).length -
              [...parseCsp(policy).values()].flat().filter(isHashSource).length;
            return `${lead}${merged}`;
          },
        );
        writeFileSync(file, text);
        logger.info(
          `security headers: ${added} inline hashes from ${metas.size} page polic${metas.size === 1 ? 'y' : 'ies'} added to the CSP header`,
        );
      },
    },
  };
}
