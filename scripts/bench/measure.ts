/**
 * Measurements and budgets of the benchmark (`npm run bench`, scripts/bench.ts): what a built site
 * weighs page by page, which JavaScript each kind of page loads at start-up, and whether the
 * performance budgets hold. Pure functions over file contents, so they are unit-tested without a
 * build; the script does the file reading and the timing.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { scanTags, scriptsOf, staticImportsOf } from '#scripts/lib/html-scan.ts';

/** gzip at level 6, what most servers use on the fly. Budgets are in gzip. */
export const gzipSize = (data: string | Uint8Array) => gzipSync(data, { level: 6 }).length;
/** Brotli at quality 11, what CDNs serve for static files: shown for comparison only. */
export const brotliSize = (data: string | Uint8Array) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The median (of an even number, the mean of the two middle values); 0 for none. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * A route pattern of `src/pages` from a page file path: `jurisdictions/[id].astro` →
 * `/jurisdictions/[id]/`, `training/[module]/index.astro` → `/training/[module]/`, `index.astro` → `/`,
 * `404.astro` → `/404/`. Undefined for endpoints and non-page files.
 */
export function routeOfPageFile(file: string): string | undefined {
  const m = /^(.*?)\.(astro|md|mdx|html)$/.exec(file.split('\\').join('/'));
  if (!m) return undefined;
  const parts = m[1]!.split('/').filter((p) => p !== 'index');
  if (parts.some((p) => p.startsWith('_'))) return undefined;
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

function segments(path: string): string[] {
  return path
    .replace(/(\/index)?\.html$/, '/')
    .split('/')
    .filter(Boolean);
}

function matches(route: string[], path: string[]): boolean {
  if (route.length === 0) return path.length === 0;
  const [head, ...rest] = route;
  if (/^\[\.\.\..+\]$/.test(head!))
    return Array.from({ length: path.length + 1 }, (_, k) => matches(rest, path.slice(k))).some(Boolean);
  if (path.length === 0) return false;
  return (head === path[0] || /^\[.+\]$/.test(head!)) && matches(rest, path.slice(1));
}

/** Static segments first, then single parameters, then rest parameters: Astro's own priority. */
function specificity(route: string): number[] {
  const segs = segments(route);
  return [segs.filter((s) => !s.startsWith('[')).length, -segs.filter((s) => s.startsWith('[...')).length, segs.length];
}

/** The route pattern a built page comes from (its "page type"); "(other)" when none matches. */
export function pageTypeOf(path: string, routes: string[]): string {
  const ranked = [...routes].sort((a, b) => {
    const [x, y] = [specificity(a), specificity(b)];
    return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
  });
  const segs = segments(path);
  return ranked.find((r) => matches(segments(r), segs)) ?? '(other)';
}

/** Reads a built file by site path (e.g. "/_astro/x.js"); undefined when it does not exist. */
export type ReadFile = (sitePath: string) => Uint8Array | undefined;

export interface PageJs {
  /** Every script file loaded at start-up (site paths), static imports followed. */
  files: string[];
  islands: number;
  /** gzip size of the inline scripts (Astro's island runtime, is:inline scripts). */
  inlineGzip: number;
  /** The inline scripts' code, joined. */
  inline: string;
}

/** Resolves the start-up JavaScript of one page; `cache` is shared across pages. */
export function pageJs(html: string, pagePath: string, read: ReadFile, cache: Map<string, string[]>): PageJs {
  const tags = scanTags(html);
  const scripts = scriptsOf(html, tags);
  const inline = [
    ...html
      .replace(/<!--[\s\S]*?-->/g, '')
      .matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi),
  ]
    .map((m) => m[1])
    .join('\n');
  const seen = new Set<string>();
  const visit = (url: string, base: string) => {
    const u = new URL(url, `https://site${base}`);
    if (u.origin !== 'https://site') return;
    const path = u.pathname;
    if (seen.has(path)) return;
    seen.add(path);
    let imports = cache.get(path);
    if (!imports) {
      const data = read(path);
      imports = data ? staticImportsOf(new TextDecoder().decode(data)) : [];
      cache.set(path, imports);
    }
    for (const i of imports) visit(i, path);
  };
  for (const url of [...scripts.external, ...scripts.islands]) visit(url, pagePath);
  return {
    files: [...seen].sort(),
    islands: scripts.islandCount,
    inlineGzip: inline.trim() ? gzipSize(inline) : 0,
    inline: inline.trim(),
  };
}

export interface PageTypeStats {
  type: string;
  pages: number;
  /** Most islands on one page of this type. */
  islands: number;
  htmlGzipMedian: number;
  htmlGzipMax: number;
  /** Start-up JS (gzip) of the heaviest page of this type, shared header script included. */
  jsGzipMax: number;
  /** The same page's start-up JS in Brotli, for comparison. */
  jsBrotliMax: number;
  /** Script files beyond the site-wide shell, on the heaviest page. */
  extraFiles: string[];
}

export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

export interface BudgetLimits {
  /** Seconds for build + index at the smallest size. */
  buildSeconds: number;
  peakMemoryMB: number;
  /** Largest size's time ÷ smallest size's time. */
  scaleFactor: number;
  medianHtmlGzip: number;
  islandJsGzip: number;
  /** The header search trigger: the only script a page without islands may load. */
  shellJsGzip: number;
  /** Seconds of build + index per 1,000 pages built, at the smallest size. */
  secondsPer1000Pages: number;
  /** No page's HTML over this (gzip), at every size: no page grows without limit. */
  maxPageGzip: number;
  /**
   * The academy's build + index time per page ÷ Starlight's in the same run (scripts/bench/reference.ts),
   * median of the pairs of builds taken in turn: issue 22's "half of Starlight's rate".
   */
  perPageVsReference: number;
}

export const BUDGETS: BudgetLimits = {
  buildSeconds: 30,
  peakMemoryMB: 2048,
  scaleFactor: 5.5,
  medianHtmlGzip: 8 * 1024,
  islandJsGzip: 70 * 1024,
  shellJsGzip: 5 * 1024,
  secondsPer1000Pages: 10,
  maxPageGzip: 100 * 1024,
  perPageVsReference: 0.5,
};

/**
 * Page types that may run a page script without an island: the search page IS the search UI
 * (src/features/search/search-ui.ts on the Pagefind API); /offline/ saves the site; the case library,
 * the timeline and the tracker filter their server-rendered lists with small vanilla scripts (the
 * lists are complete without them). They are held to the island budget.
 */
export const SCRIPT_PAGE_TYPES = new Set([
  '/search/',
  '/offline/',
  '/case-studies/',
  '/timeline/',
  '/timeline/[page]/',
  '/tracker/',
]);

export interface SizeRun {
  entries: number;
  /** Pages built. */
  pages: number;
  buildSeconds: number;
  /** The largest page's HTML (gzip) and its path. */
  maxPageGzip: number;
  maxPage: string;
  peakMemoryMB: number;
  medianHtmlGzip: number;
  shellJsGzip: number;
  types: PageTypeStats[];
  /** Wall time of each build of this size, in the order they ran (else `buildSeconds` alone). */
  builds?: number[];
  /** The reference builds taken in turn with this size's builds (the smallest size only). */
  reference?: ReferenceRun;
}

/** Reference builds of one run (scripts/bench/reference.ts), each taken beside one of the academy's, before or after it in turn. */
export interface ReferenceRun {
  /** What was built: "Starlight 0.42.4 on Astro 7.3.5". */
  label: string;
  pages: number;
  /** Wall time of each reference build, in the order they ran. */
  builds: number[];
}

/**
 * For each pair of builds taken in turn (the academy's i-th and the reference's i-th), the academy's
 * seconds per page ÷ the reference's. Pairs, not medians of each side: the machine's speed moves
 * between pairs far more than within one.
 */
export function perPageRatios(
  academy: { builds: readonly number[]; pages: number },
  reference: { builds: readonly number[]; pages: number },
): number[] {
  const n = Math.min(academy.builds.length, reference.builds.length);
  return Array.from(
    { length: n },
    (_, i) => academy.builds[i]! / academy.pages / (reference.builds[i]! / reference.pages),
  );
}

/**
 * The build that stands for several builds of one size: the one with the median wall time (of an
 * even number, the faster of the two middle ones), so that its phases and CPU time are one build's own.
 */
export function medianBuild<T extends { seconds: number }>(builds: readonly T[]): T {
  if (builds.length === 0) throw new Error('no build to choose from');
  const sorted = [...builds].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;

/** Checks every budget; the scale budget compares the largest run with the smallest. */
export function checkBudgets(runs: SizeRun[], limits: BudgetLimits = BUDGETS): BudgetResult[] {
  const out: BudgetResult[] = [];
  if (runs.length === 0) return out;
  const sorted = [...runs].sort((a, b) => a.entries - b.entries);
  const small = sorted[0]!;
  const large = sorted.at(-1)!;
  out.push({
    name: `build + index, ${small.entries} entries`,
    limit: `≤ ${limits.buildSeconds} s`,
    actual: `${small.buildSeconds.toFixed(1)} s`,
    pass: small.buildSeconds <= limits.buildSeconds,
  });
  const per1000 = (small.buildSeconds / small.pages) * 1000;
  out.push({
    name: `build + index per 1,000 pages, ${small.entries} entries`,
    limit: `≤ ${limits.secondsPer1000Pages} s`,
    actual: `${per1000.toFixed(1)} s (${small.pages} pages)`,
    pass: per1000 <= limits.secondsPer1000Pages,
  });
  if (small.reference && small.reference.builds.length > 0) {
    const ratios = perPageRatios({ builds: small.builds ?? [small.buildSeconds], pages: small.pages }, small.reference);
    const ratio = median(ratios);
    out.push({
      name: `build + index per page ÷ ${small.reference.label}'s, same run, ${small.entries} entries`,
      limit: `≤ ${limits.perPageVsReference}×`,
      actual: `${ratio.toFixed(2)}× (pairs: ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
      pass: ratio <= limits.perPageVsReference,
    });
  }
  for (const run of sorted) {
    out.push({
      name: `peak memory, ${run.entries} entries`,
      limit: `≤ ${limits.peakMemoryMB} MB`,
      actual: `${Math.round(run.peakMemoryMB)} MB`,
      pass: run.peakMemoryMB <= limits.peakMemoryMB,
    });
  }
  if (large !== small) {
    const factor = large.buildSeconds / small.buildSeconds;
    out.push({
      name: `build time ${large.entries} ÷ ${small.entries} entries`,
      limit: `≤ ${limits.scaleFactor}×`,
      actual: `${factor.toFixed(2)}×`,
      pass: factor <= limits.scaleFactor,
    });
  }
  for (const run of sorted) {
    out.push({
      name: `median page HTML, ${run.entries} entries`,
      limit: `≤ ${kB(limits.medianHtmlGzip)} gzip`,
      actual: kB(run.medianHtmlGzip),
      pass: run.medianHtmlGzip <= limits.medianHtmlGzip,
    });
  }
  for (const run of sorted) {
    out.push({
      name: `largest page, ${run.entries} entries`,
      limit: `≤ ${kB(limits.maxPageGzip)} gzip`,
      actual: `${kB(run.maxPageGzip)} (${run.maxPage})`,
      pass: run.maxPageGzip <= limits.maxPageGzip,
    });
  }
  // JS is the same code at every size: check the largest run.
  out.push({
    name: 'header search trigger (JS on every page)',
    limit: `≤ ${kB(limits.shellJsGzip)} gzip`,
    actual: kB(large.shellJsGzip),
    pass: large.shellJsGzip <= limits.shellJsGzip,
  });
  for (const t of large.types) {
    if (t.islands > 0 || SCRIPT_PAGE_TYPES.has(t.type)) {
      out.push({
        name: `JS on ${t.type} (${t.islands > 0 ? 'islands' : 'page script'})`,
        limit: `≤ ${kB(limits.islandJsGzip)} gzip`,
        actual: kB(t.jsGzipMax),
        pass: t.jsGzipMax <= limits.islandJsGzip,
      });
    } else {
      out.push({
        name: `JS on ${t.type} (no island)`,
        limit: 'header trigger only',
        actual: t.extraFiles.length === 0 ? 'header trigger only' : `+ ${t.extraFiles.join(', ')}`,
        pass: t.extraFiles.length === 0,
      });
    }
  }
  return out;
}
