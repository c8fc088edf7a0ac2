/**
 * `npm run build [-- <astro build options>]`: the production build, in steps, each in a process
 * of its own so that their memory peaks do not add up:
 *
 * 1. `astro build` (content validation, pages, sitemap; the page pass of scripts/build/page-pass.ts
 *    runs in a worker thread as the pages are rendered: glossary links, links in the page's
 *    language, HTML repairs, the CSP hashes of the security headers), in a
 *    Node process started with V8's `--max-semi-space-size=64` (MB). Why: rendering thousands of
 *    pages allocates many short-lived strings; V8's default young generation (16 MB semi-spaces)
 *    collects it hundreds of times. With 64 MB the build spends a third less time in the collector:
 *    at 1,000 entries astro build took 18–20 s instead of 25 s (test/bench/report.md). Round 2 used
 *    `--heap-growing-percent=20` to keep the peak low; it cost about 30% of the time, and the
 *    peak now stays under the 2 GB budget without it (1.7–1.9 GB at 5,000 entries). Set
 *    ACADEMY_V8 to try other V8 flags.
 * 2. side by side, each in its own process:
 *    - `scripts/build/scorm-packages.ts`: the SCORM packages of the training (every module and path,
 *      SCORM 1.2 and 2004), from lessons Astro rendered into build-only pages. Those pages are moved
 *      out of the site first (to `.astro/lms-build/`), so the search index never sees them; the
 *      step deletes them when done.
 *    - `scripts/build/index-search.ts`: the Pagefind index of the finished pages. Pagefind keeps
 *      about 1.4 of the two cores busy, and the packages take most of what is left: at 1,000 bench
 *      entries the two took 6.5–7.0 s side by side against 6.9–7.5 s one after the other.
 * 3. `scripts/build/offline-files.ts`: the service worker and the list of files a reader can save for
 *    offline use (/offline/), search index and packages included.
 *
 * Options after `--` go to `astro build` (the benchmark passes `--config`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SCO_SOURCE_DIR } from '#src/features/training/lms/package.ts';

const require = createRequire(import.meta.url);
const astro = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
const passThrough = process.argv.slice(2);

function step(args: string[]): void {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Steps run at the same time; when one fails, the others are stopped and the build fails. */
async function sideBySide(steps: { args: string[]; env?: Record<string, string> }[]): Promise<void> {
  const children = steps.map(({ args, env }) =>
    spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } }),
  );
  const codes = await Promise.all(
    children.map(
      (child) =>
        new Promise<number>((done) =>
          child.on('exit', (code) => {
            if (code !== 0) for (const other of children) if (other.exitCode === null) other.kill();
            done(code ?? 1);
          }),
        ),
    ),
  );
  const failed = codes.find((c) => c !== 0);
  if (failed !== undefined) process.exit(failed);
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
step([
  ...(process.env.ACADEMY_V8 ?? '--max-semi-space-size=64').split(' ').filter(Boolean),
  astro,
  'build',
  ...passThrough,
]);
const lmsSources = join('.astro', 'lms-build');
const builtLms = join('dist', SCO_SOURCE_DIR.replace(/\/$/, ''));
rmSync(lmsSources, { recursive: true, force: true });
if (existsSync(builtLms)) renameSync(builtLms, lmsSources);
await sideBySide([
  { args: [join(import.meta.dirname, 'build/scorm-packages.ts'), 'dist', '--sources', lmsSources] },
  // The benchmark's phases come from the index step's markers; they say what runs alongside.
  { args: [join(import.meta.dirname, 'build/index-search.ts'), 'dist'], env: { ACADEMY_ALONGSIDE: 'SCORM packages' } },
]);
step([join(import.meta.dirname, 'build/offline-files.ts'), 'dist']);
