/**
 * The pass over each built page, made while Astro renders the site: Astro's build hands every HTML
 * page to it before writing the file (src/middleware.ts), and it returns the finished page:
 * - links in the page's language: on a page outside the default locale (`/fr/…`), every link to a
 *   page of the site points to that page in the same locale (src/lib/i18n/localize-links.ts; in
 *   `astro dev` the middleware does only this, as each page is served);
 * - glossary links: the first mention of each glossary term links to its entry
 *   (scripts/build/glossary-links.ts);
 * - valid HTML: Astro's island style moved into `<head>` and stray NUL characters removed
 *   (scripts/build/html-fixups.ts), so that the Nu HTML checker in test/dist/site.test.ts reports
 *   only real mistakes in our pages;
 * - search: the pass collects what the search index step needs from the finished pages (the words
 *   of each indexed page for its language's lexicon, the search records of glossary terms and
 *   sources, the search pages), written page by page to a file for scripts/build/index-search.ts
 *   (`searchSourceFile` in scripts/build/search-source.ts), so that step does not read every page again;
 * - security headers: the pass collects the policy of every page's CSP `<meta>`; at the end of the
 *   build (scripts/build/academy.ts) the CSP of `dist/_headers` (copied from `public/_headers`) is
 *   completed with their script and style hashes, so that the header and the meta allow the same
 *   inline code (a browser enforces both; a header without Astro's hashes would block the island
 *   runtime). See `scripts/lib/csp.ts`.
 *
 * Why a worker thread: Astro renders on one core and leaves the other mostly idle. The pass runs in
 * a worker of Astro's process (started by the academy integration, reached by the middleware through
 * src/lib/page-pass.ts), so that it works on one page while Astro renders the next ones (Astro renders eight
 * at a time, `build.concurrency`). Each page is read and written once, by Astro. It used to be a step
 * after `astro build` that read back and rewrote every page: 1.7–3.3 s of wall time at 1,000 entries
 * (test/bench/report.md).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker, workerData as received } from 'node:worker_threads';
import { decodeEntities } from '#scripts/lib/html-scan.ts';
import { isHashSource, parseCsp, withHashesOf } from '#scripts/lib/csp.ts';
import { localizeLinks } from '#src/lib/i18n/localize-links.ts';
import { type PagePassHost, setRunningPagePass } from '#src/lib/page-pass.ts';
import { localeOfPath } from '#src/lib/routes.ts';
import { sitePathOfFile } from '#src/lib/served-path.ts';
import { RECORD_ATTR } from '#src/features/search/records.ts';
import { SEARCH_PAGE_ATTR } from '#src/features/search/search.ts';
import { glossaryLinker, type GlossaryLinkReport } from './glossary-links.ts';
import { hoistIslandStyle, stripNul } from './html-fixups.ts';
import { pageWords, recordWords } from './search-lexicon.ts';
import type { SearchDoc, SearchParts } from './search-source.ts';
import { extractRecords, pageLanguage, recordDocument } from './search-records.ts';

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

/** The file a page's address is written to, relative to the output folder (`/fr/a/` → `fr/a/index.html`). */
export function pageFile(pathname: string): string {
  const path = pathname.replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}

/** What one page gives the search index: its words and records when it is indexed, and whether it is a search page. */
export function searchPartsOf(file: string, html: string): SearchParts {
  const lang = localeOfPath(`/${file}`);
  const searchPage = html.includes(SEARCH_PAGE_ATTR);
  if (!html.includes('data-pagefind-body')) return { file, lang, searchPage, words: [], records: [] };
  const words = [pageWords(html)];
  const records: SearchDoc[] = [];
  if (html.includes(RECORD_ATTR)) {
    const page = sitePathOfFile(file);
    const language = pageLanguage(html);
    for (const record of extractRecords(html)) {
      words.push(recordWords(record));
      records.push({ url: `${page}#${record.id}`, content: recordDocument(record, language) });
    }
  }
  return { file, lang, searchPage, words, records };
}

/** What the pass reports at the end of the build. */
export interface PassResult {
  /** The distinct CSP `<meta>` policies of the pages. */
  metas: string[];
  /** Pages seen. */
  pages: number;
  /** Pages repaired (island style moved into `<head>`, stray NUL removed). */
  repaired: number;
  glossary: GlossaryLinkReport;
}

/**
 * The pass in this thread: `page(file, html)` returns the finished page and gives what the search
 * index needs from it to `searchParts` (pages the index neither reads nor preloads are left out);
 * `result()` sums up.
 */
export function pagePass(contentRoot: string, searchParts: (parts: SearchParts) => void = () => {}) {
  const linker = glossaryLinker(contentRoot);
  const metas = new Set<string>();
  let pages = 0;
  let repaired = 0;
  return {
    page(file: string, html: string): string {
      pages += 1;
      let next = hoistIslandStyle(stripNul(html));
      if (next !== html) repaired += 1;
      next = localizeLinks(next, localeOfPath(`/${file}`));
      next = linker.link(file, next) ?? next;
      const csp = cspMetaOf(next);
      if (csp) metas.add(csp);
      const parts = searchPartsOf(file, next);
      if (parts.searchPage || parts.words.length > 0) searchParts(parts);
      return next;
    },
    result(): PassResult {
      return { metas: [...metas], pages, repaired, glossary: linker.report() };
    },
  };
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

/** The lines the build prints about the pass. */
export function passSummary(result: PassResult): string[] {
  const linked = result.glossary;
  const lines = [`glossary: ${linked.links} links in ${linked.pages} pages`];
  if (result.repaired > 0)
    lines.push(
      `valid html: ${result.repaired} page${result.repaired === 1 ? '' : 's'} repaired (island style moved into <head>, stray NUL removed)`,
    );
  return lines;
}

type Request = { id: number; file: string; bytes: Uint8Array<ArrayBuffer> } | { id: number; finish: true };
type Reply = { id: number; bytes?: Uint8Array<ArrayBuffer>; result?: PassResult; error?: string };

/**
 * Starts the pass in a worker thread and makes it the build's (src/lib/page-pass.ts `runningPagePass`). Each page goes to
 * the worker and comes back finished as bytes, moved both ways rather than copied: Astro's thread
 * neither decodes nor encodes the page again, and its time goes to rendering.
 */
export function startPagePass(contentRoot: string, sourceFile: string): PagePassHost<PassResult> {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { pagePass: true, contentRoot, sourceFile },
    // Astro's process runs with a 64 MB young generation (scripts/build.ts), which a worker would
    // inherit: 16 MB is plenty for one page at a time and keeps the build's peak memory down.
    resourceLimits: { maxYoungGenerationSizeMb: 16 },
  });
  // A build that stops on an error must not be kept alive by the worker.
  worker.unref();
  const waiting = new Map<number, { done: (reply: Reply) => void; failed: (error: Error) => void }>();
  let nextId = 0;
  let stopped: Error | undefined;
  const failAll = (error: Error) => {
    stopped = error;
    for (const w of waiting.values()) w.failed(error);
    waiting.clear();
  };
  worker.on('message', (reply: Reply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error) w?.failed(new Error(`page pass: ${reply.error}`));
    else w?.done(reply);
  });
  worker.once('error', failAll);
  worker.once('exit', (code) => failAll(new Error(`the page pass worker stopped (code ${code})`)));
  const ask = (request: Request) =>
    new Promise<Reply>((done, failed) => {
      if (stopped) return failed(stopped);
      waiting.set(request.id, { done, failed });
      worker.postMessage(request, 'bytes' in request ? [request.bytes.buffer] : []);
    });
  const host: PagePassHost<PassResult> = {
    async page(pathname, bytes) {
      const reply = await ask({ id: nextId++, file: pageFile(pathname), bytes });
      return reply.bytes!;
    },
    async finish() {
      const reply = await ask({ id: nextId++, finish: true });
      setRunningPagePass(undefined);
      await worker.terminate();
      return reply.result!;
    },
  };
  setRunningPagePass(host);
  return host;
}

const job = received as { pagePass?: true; contentRoot: string; sourceFile: string } | undefined;
if (job?.pagePass) {
  const { parentPort } = await import('node:worker_threads');
  mkdirSync(dirname(job.sourceFile), { recursive: true });
  const searchFile = openSync(job.sourceFile, 'w');
  const pass = pagePass(job.contentRoot, (parts) => writeSync(searchFile, `${JSON.stringify(parts)}\n`));
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const reply = (message: Reply) => parentPort!.postMessage(message, message.bytes ? [message.bytes.buffer] : []);
  parentPort!.on('message', (request: Request) => {
    try {
      if ('finish' in request) {
        closeSync(searchFile);
        return reply({ id: request.id, result: pass.result() });
      }
      const html = decoder.decode(request.bytes);
      const next = pass.page(request.file, html);
      // An unchanged page goes back as the bytes that came.
      reply({ id: request.id, bytes: next === html ? request.bytes : encoder.encode(next) });
    } catch (error) {
      reply({ id: request.id, error: String((error as Error)?.stack ?? error) });
    }
  });
}
