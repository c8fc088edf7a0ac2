/**
 * `node scripts/build/html-pass.ts [dist]`: the step of `npm run build` right after `astro build`.
 * One pass over the built pages that reads and writes each page once:
 * - links in the page's language: on a page outside the default locale (`/fr/…`), every link to a
 *   page of the site points to that page in the same locale (src/lib/i18n/localize-links.ts; in
 *   `astro dev` src/middleware.ts does it as each page is served);
 * - glossary links: the first mention of each glossary term links to its entry
 *   (scripts/build/glossary-links.ts);
 * - valid HTML: Astro's island style moved into `<head>` and stray NUL characters removed
 *   (scripts/build/html-fixups.ts), so that the Nu HTML checker in test/dist/site.test.ts reports only real mistakes in our pages;
 * - security headers: the CSP of `dist/_headers` (copied from `public/_headers`) is completed with
 *   the script and style hashes of every page's CSP `<meta>`, so that the header and the meta allow
 *   the same inline code (a browser enforces both; a header without Astro's hashes would block the
 *   island runtime). See `scripts/lib/csp.ts`.
 *
 * Why a step of its own, with a worker thread per core: the pages do not depend on each other, so
 * they are shared out between workers (each with its own glossary matcher) and only the CSP hashes
 * and the counts come back. It used to run in Astro's build hook, on one core, while Astro's process
 * still held the whole build in memory: 2.0 s at 1,000 entries and 18 s at 5,000 (test/bench/report.md).
 * Set ACADEMY_HTML_WORKERS to choose the number of workers (1 runs the pass in this thread).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, workerData as received } from 'node:worker_threads';
import { listFiles } from '#scripts/lib/dist-files.ts';
import { decodeEntities } from '#scripts/lib/html-scan.ts';
import { isHashSource, parseCsp, withHashesOf } from '#scripts/lib/csp.ts';
import { phase } from '#scripts/lib/phase.ts';
import { localizeLinks } from '#src/lib/i18n/localize-links.ts';
import { localeOfPath } from '#src/lib/routes.ts';
import { getContentRoot } from '#src/schemas/content-index.ts';
import { glossaryLinker, type GlossaryLinkReport } from './glossary-links.ts';
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

/** What one share of the pages reports back. */
export interface PassResult {
  /** The distinct CSP `<meta>` policies of the pages. */
  metas: string[];
  /** Pages repaired (island style moved into `<head>`, stray NUL removed). */
  repaired: number;
  glossary: GlossaryLinkReport;
}

/** Runs the pass over some pages of the site in `out` (paths relative to it), rewriting those that change. */
export function passPages(out: string, pages: readonly string[], contentRoot = getContentRoot()): PassResult {
  const linker = glossaryLinker(contentRoot);
  const metas = new Set<string>();
  let repaired = 0;
  for (const page of pages) {
    const file = join(out, page);
    const html = readFileSync(file, 'utf8');
    let next = hoistIslandStyle(stripNul(html));
    if (next !== html) repaired += 1;
    next = localizeLinks(next, localeOfPath(`/${page}`));
    next = linker.link(page, next) ?? next;
    const csp = cspMetaOf(next);
    if (csp) metas.add(csp);
    if (next !== html) writeFileSync(file, next);
  }
  return { metas: [...metas], repaired, glossary: linker.report() };
}

/** The results of several shares as one: policies and linked terms united, counts added. */
export function mergeResults(results: readonly PassResult[]): PassResult {
  const metas = new Set(results.flatMap((r) => r.metas));
  const termIds = new Set(results.flatMap((r) => r.glossary.termIds));
  return {
    metas: [...metas],
    repaired: results.reduce((n, r) => n + r.repaired, 0),
    glossary: {
      pages: results.reduce((n, r) => n + r.glossary.pages, 0),
      links: results.reduce((n, r) => n + r.glossary.links, 0),
      terms: termIds.size,
      termIds: [...termIds].sort(),
      scanned: results.reduce((n, r) => n + r.glossary.scanned, 0),
      ms: Math.max(0, ...results.map((r) => r.glossary.ms)),
      conflicts: results[0]?.glossary.conflicts ?? [],
    },
  };
}

/** Deals `items` out into `n` shares in turn, so that each share gets a like mix of pages. */
export function dealOut<T>(items: readonly T[], n: number): T[][] {
  const shares: T[][] = Array.from({ length: Math.max(1, n) }, () => []);
  items.forEach((item, i) => {
    shares[i % shares.length]!.push(item);
  });
  return shares.filter((s) => s.length > 0);
}

/** The site's CSP header (`_headers`) with the hashes of `metas` added; returns the new text and how many were added. */
export function headersWithHashes(text: string, metas: Iterable<string>): { text: string; added: number } {
  const policies = new Set(metas);
  let added = 0;
  const next = text.replace(/^(\s+Content-Security-Policy:\s*)(.+)$/gim, (_, lead: string, policy: string) => {
    const merged = withHashesOf(policy, policies);
    added +=
      [...parseCsp(merged).values()].flat().filter(isHashSource).length -
      [...parseCsp(policy).values()].flat().filter(isHashSource).length;
    return `${lead}${merged}`;
  });
  return { text: next, added };
}

interface Job {
  htmlPass: true;
  out: string;
  pages: string[];
  contentRoot: string;
}

/** Runs shares of the pages in worker threads (this same file) and waits for all of them. */
function inWorkers(out: string, shares: string[][], contentRoot: string): Promise<PassResult[]> {
  return Promise.all(
    shares.map(
      (pages) =>
        new Promise<PassResult>((done, failed) => {
          const job: Job = { htmlPass: true, out, pages, contentRoot };
          const worker = new Worker(new URL(import.meta.url), { workerData: job });
          worker.once('message', done);
          worker.once('error', failed);
          worker.once('exit', (code) => {
            if (code !== 0) failed(new Error(`HTML pass worker stopped with code ${code}`));
          });
        }),
    ),
  );
}

const job = received as Job | undefined;
if (job?.htmlPass) {
  const { parentPort } = await import('node:worker_threads');
  parentPort!.postMessage(passPages(job.out, job.pages, job.contentRoot));
} else if (import.meta.main) {
  phase('HTML pass (glossary links, island style, CSP hashes)');
  const started = performance.now();
  const out = resolve(parseArgs({ allowPositionals: true }).positionals[0] ?? 'dist');
  if (!existsSync(join(out, 'index.html'))) {
    console.error(`${out}/index.html not found: run astro build first (npm run build runs every step).`);
    process.exit(1);
  }
  const pages = listFiles(out, '.html');
  // A worker costs about 0.1 s to start; below a few hundred pages one thread is as quick.
  const workers =
    Number(process.env.ACADEMY_HTML_WORKERS) || (pages.length < 400 ? 1 : Math.min(4, availableParallelism()));
  const contentRoot = getContentRoot();
  const result =
    workers === 1
      ? passPages(out, pages, contentRoot)
      : mergeResults(await inWorkers(out, dealOut(pages, workers), contentRoot));

  const linked = result.glossary;
  const lines = [`glossary: ${linked.links} links in ${linked.pages} pages`];
  if (result.repaired > 0)
    lines.push(
      `valid html: ${result.repaired} page${result.repaired === 1 ? '' : 's'} repaired (island style moved into <head>, stray NUL removed)`,
    );
  const headers = join(out, '_headers');
  if (existsSync(headers)) {
    const { text, added } = headersWithHashes(readFileSync(headers, 'utf8'), result.metas);
    writeFileSync(headers, text);
    const n = result.metas.length;
    lines.push(
      `security headers: ${added} inline hashes from ${n} page polic${n === 1 ? 'y' : 'ies'} added to the CSP header`,
    );
  } else console.warn('[html-pass] no _headers in the build output: hosts will send no security headers');
  for (const line of lines) console.log(`[html-pass] ${line}`);
  console.log(
    `[html-pass] ${pages.length} pages in ${Math.round(performance.now() - started)} ms (${workers} worker${workers === 1 ? '' : 's'})`,
  );
}
