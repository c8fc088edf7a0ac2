/**
 * `npm run build [-- <astro build options>]`: the production build, in two steps, each in a process
 * of its own so that their memory peaks do not add up:
 *
 * 1. `astro build` (content validation, pages, glossary links, sitemap, security headers), in a
 *    Node process started with V8's `--heap-growing-percent=20`. Why: by default V8 lets the heap
 *    grow by up to 4× between full collections, and Astro renders thousands of pages without the
 *    idle time in which V8 would shrink it. Growing by 20% at a time keeps the peak close to what
 *    is really in use: at 5,000 entries 1.45 GB instead of 1.9 GB, for about 10–15% more time
 *    (test/bench/report.md). Unlike `--max-old-space-size`, it sets no ceiling, so a larger site
 *    builds more slowly but never runs out of heap.
 * 2. `scripts/build/scorm-packages.ts`: the SCORM packages of the training (every module and path,
 *    SCORM 1.2 and 2004), from lessons Astro rendered into build-only pages, which it then deletes.
 * 3. `scripts/build/index-search.ts`: the Pagefind index of the finished pages.
 * 4. `scripts/build/offline-files.ts`: the service worker and the list of files a reader can save for
 *    offline use (/offline/), search index included.
 *
 * Options after `--` go to `astro build` (the benchmark passes `--config`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const astro = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const passThrough = process.argv.slice(2);

function step(args: string[]): void {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/**
 * Astro 7 keeps the content store of the last build in its cache (node_modules/.astro) and lists its
 * MDX files in `.astro/content-modules.mjs`. When an .mdx file has been renamed (say to .md, as the
 * validator may ask) or deleted, the next build fails to resolve the old name. In that case only,
 * clear both; the build is then a cold one. (The benchmark builds cold in folders of its own.)
 */
function clearStaleContentCache(root: string): void {
  const list = join(root, '.astro', 'content-modules.mjs');
  if (!existsSync(list)) return;
  const files = [...readFileSync(list, 'utf8').matchAll(/^\["([^"]+)"/gm)].map((m) => m[1]!);
  const gone = files.filter((file) => !existsSync(join(root, file)));
  if (gone.length === 0) return;
  console.log(
    `[build] ${gone.length} content file(s) renamed or removed since the last build (${gone[0]}): clearing Astro's content cache`,
  );
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
}

clearStaleContentCache(process.cwd());
step(['--heap-growing-percent=20', astro, 'build', ...passThrough]);
step([join(import.meta.dirname, 'build/scorm-packages.ts'), 'dist']);
step([join(import.meta.dirname, 'build/index-search.ts'), 'dist']);
step([join(import.meta.dirname, 'build/offline-files.ts'), 'dist']);
