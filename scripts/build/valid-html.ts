/**
 * After the build, repairs the few places where Astro's own output is not valid HTML (see
 * `scripts/build/html-fixups.ts`), so that the Nu HTML checker in test/dist/site.test.ts reports
 * only real mistakes in our pages.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '#scripts/lib/dist-files.ts';
import { hoistIslandStyle } from './html-fixups.ts';
import { phase } from '#scripts/lib/phase.ts';

export default function validHtml(): AstroIntegration {
  return {
    name: 'valid-html',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        phase('HTML fixes (HTML pass)');
        const out = fileURLToPath(dir);
        let fixed = 0;
        for (const page of listFiles(out, '.html')) {
          const file = join(out, page);
          const html = readFileSync(file, 'utf8');
          const next = hoistIslandStyle(html);
          if (next !== html) {
            writeFileSync(file, next);
            fixed += 1;
          }
        }
        if (fixed > 0)
          logger.info(`valid html: island style moved into <head> on ${fixed} page${fixed === 1 ? '' : 's'}`);
      },
    },
  };
}
