/**
 * The offline copy: what a reader can save on their device from /offline/, and how the service
 * worker answers requests from it. Pure functions, shared by the build step that writes the
 * manifest (scripts/build/offline-files.ts), the service worker (src/features/offline/service-worker.ts) and the
 * page script (src/features/offline/offline-ui.ts).
 *
 * The model, chosen for privacy and predictability:
 * - Nothing is saved until the reader asks for it on /offline/; no other page registers anything.
 * - The saved copy is one whole build (every page, the search index, scripts, styles, open data),
 *   listed in `/offline-manifest.json` with a version hash. It only changes when the reader saves
 *   or updates it, so it is always consistent with itself.
 * - Online, requests go to the network as usual; the copy answers only when the network fails.
 */

import { sitePathOfFile } from '#src/lib/served-path.ts';
import { DEFAULT_LOCALE } from '#src/lib/i18n/locale.ts';
import { localeOfPath } from '#src/lib/routes.ts';

/** Where the build writes the list of files, and where the page and the worker read it. */
export const MANIFEST_URL = '/offline-manifest.json';
/** The service worker: at the root so that its scope is the whole site. */
export const WORKER_URL = '/sw.js';
/** Cache Storage names start with this, then the manifest version. */
export const CACHE_PREFIX = 'va-offline-';

export interface OfflineManifest {
  /** Format of this file; a new format gets a new number. */
  format: 1;
  /** Hash of every listed file's address and content: changes whenever the site changes. */
  version: string;
  /** When the site was built (ISO date-time). */
  built: string;
  /** Site paths to save, e.g. "/", "/areas/quantum/", "/_astro/Quiz.abc.js". */
  files: string[];
  /** Their total size in bytes, as stored (uncompressed). */
  bytes: number;
}

export function cacheNameFor(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** Build outputs that are not part of the offline copy. */
const EXCLUDED = [
  /^_headers$/,
  /^_redirects$/,
  /^robots\.txt$/,
  /^sitemap\.xml$/,
  /^offline-manifest\.json$/,
  /^sw\.js$/,
  // Pagefind's ready-made interfaces, which the site does not use (it has its own).
  /^pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight)\./,
  // JSON Schemas of the open data: for editors and tools, not for reading.
  /^data\/schema\//,
  // SCORM packages: made to be uploaded to a learning system, not read offline.
  /\.zip$/,
];

/**
 * The site path of a file of the build output, or undefined when it is not saved offline.
 * Pages are addressed as folders ("areas/quantum/index.html" → "/areas/quantum/").
 */
export function offlinePathOf(distFile: string): string | undefined {
  const file = distFile.split('\\').join('/').replace(/^\/+/, '');
  if (file.startsWith('.') || file.includes('/.')) return undefined;
  if (EXCLUDED.some((re) => re.test(file))) return undefined;
  return sitePathOfFile(file);
}

/** A short, stable hash (hex) of a list of strings, with the Web Crypto API (Node and browsers). */
export async function hashOf(parts: string[]): Promise<string> {
  const data = new TextEncoder().encode(parts.join('\n'));
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)]
    .slice(0, 8)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** The manifest of a build, from its files (path, size and a hash of the content of each). */
export async function buildManifest(
  files: { path: string; bytes: number; hash: string }[],
  built: Date,
): Promise<OfflineManifest> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    format: 1,
    version: await hashOf(sorted.map((f) => `${f.path} ${f.hash}`)),
    built: built.toISOString(),
    files: sorted.map((f) => f.path),
    bytes: sorted.reduce((sum, f) => sum + f.bytes, 0),
  };
}

/** Checks a manifest read from the network or a cache: anything else reads as undefined. */
export function parseManifest(value: unknown): OfflineManifest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.format !== 1 || typeof m.version !== 'string' || !/^[0-9a-f]{8,64}$/.test(m.version)) return undefined;
  if (typeof m.built !== 'string' || Number.isNaN(Date.parse(m.built))) return undefined;
  if (typeof m.bytes !== 'number' || !Number.isFinite(m.bytes) || m.bytes < 0) return undefined;
  if (
    !Array.isArray(m.files) ||
    !m.files.every((f) => typeof f === 'string' && f.startsWith('/') && !f.startsWith('//'))
  )
    return undefined;
  return { format: 1, version: m.version, built: m.built, files: m.files as string[], bytes: m.bytes };
}

/**
 * The complete saved copy in a browser's Cache Storage, if any: the newest cache of ours that holds
 * its manifest (a save writes the manifest last, so a cache without one is an interrupted save).
 * Used by the service worker and by the /offline/ page.
 */
export async function findSavedCopy(
  storage: CacheStorage,
): Promise<{ name: string; cache: Cache; manifest: OfflineManifest } | undefined> {
  let best: { name: string; cache: Cache; manifest: OfflineManifest } | undefined;
  for (const name of await storage.keys()) {
    if (!name.startsWith(CACHE_PREFIX)) continue;
    const cache = await storage.open(name);
    const stored = await cache.match(MANIFEST_URL);
    const manifest = stored ? parseManifest(await stored.json().catch(() => undefined)) : undefined;
    if (manifest && (!best || manifest.built > best.manifest.built)) best = { name, cache, manifest };
  }
  return best;
}

/**
 * The saved path that answers a request for `pathname`, when the network fails: the page itself
 * ("/areas/quantum" and "/areas/quantum/index.html" both → "/areas/quantum/"). Query and fragment
 * do not matter (the search page keeps its state in the query).
 */
export function savedPathFor(pathname: string): string {
  let path = pathname.split(/[?#]/)[0] || '/';
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) path = `${path}/`;
  return path;
}

/** The saved page that answers, with status 404, a navigation to an address that is not in the copy. */
export const NOT_FOUND_PATH = '/404.html';

/** The 404 page in the language of an address: `/fr/…` → `/fr/404.html`, else `/404.html`. */
export function notFoundPathFor(pathname: string): string {
  const locale = localeOfPath(pathname);
  return locale === DEFAULT_LOCALE ? NOT_FOUND_PATH : `/${locale}${NOT_FOUND_PATH}`;
}

/**
 * The saved 404 page as the worker serves it offline: its hidden note "you are offline, and this
 * address is not in the saved copy" (`data-offline-note`, see NotFoundPage.astro) made visible.
 * No script runs for it: the page keeps the site's no-JavaScript 404.
 */
export function revealOfflineNote(html: string): string {
  return html.replace(/<[a-z]+\b[^>]*\bdata-offline-note\b[^>]*>/i, (tag) =>
    tag.replace(/\s+hidden(?:=(?:""|''|hidden))?(?=[\s/>])/i, ''),
  );
}

/**
 * The answer to a page navigation to an address the saved copy does not hold, made from the saved
 * 404 page: status 404, as the site itself would answer, with the offline note shown.
 */
export function notFoundResponse(savedNotFoundHtml: string): Response {
  return new Response(revealOfflineNote(savedNotFoundHtml), {
    status: 404,
    statusText: 'Not Found',
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** Splits work into batches of `size`, so that saving fetches a few files at a time. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}
