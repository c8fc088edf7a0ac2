/**
 * The offline copy: what a reader can save on their device from /offline/, and how the service
 * worker answers requests from it. Pure functions, shared by the build step that writes the
 * manifest (scripts/build/offline-files.ts), the service worker (src/features/offline/service-worker.ts) and the
 * page script (src/features/offline/offline-ui.ts).
 *
 * The model, chosen for privacy and predictability:
 * - Nothing is saved until the reader asks for it on /offline/; no other page registers anything.
 * - A saved copy holds the academy in one language, the language of the /offline/ page it was saved
 *   from (/offline/ → English, /fr/offline/ → French): that language's pages and search index, plus
 *   the files every language uses (scripts, styles, the open data, the feeds). `/offline-manifest.json`
 *   lists every file of the build with the language it belongs to, and for each language the size
 *   and version of its copy. A reader may save several languages: each is its own cache, complete
 *   in itself. A copy only changes when the reader saves or updates it, so it is always consistent
 *   with itself.
 * - Online, requests go to the network as usual; the copy answers only when the network fails.
 */

import { sitePathOfFile } from '#src/lib/served-path.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '#src/lib/i18n/locale.ts';
import { localeOfPath, localizePath } from '#src/lib/routes.ts';

/** Where the build writes the list of files, and where the page and the worker read it. */
export const MANIFEST_URL = '/offline-manifest.json';
/** The service worker: at the root so that its scope is the whole site. */
export const WORKER_URL = '/sw.js';
/** Cache Storage names start with this, then the language and the version of the copy. */
export const CACHE_PREFIX = 'va-offline-';

/** What a file of the build belongs to: the pages and search index of one language, or every language. */
export type FilePart = Locale | 'shared';

/** The copy a reader saves for one language: its own files and the shared ones. */
export interface LanguageCopy {
  /** Hash of the copy's files (address and content): changes only when one of them changes. */
  version: string;
  /** How many files it holds. */
  files: number;
  /** Their total size in bytes, as stored (uncompressed). */
  bytes: number;
}

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
  /**
   * The part each of `files` belongs to, in the same order: a language, or 'shared'. Absent in
   * manifests written before the copy was split by language (their copies hold every file).
   */
  languages?: FilePart[];
  /** For each language, the copy a reader saves (absent in those older manifests). */
  copies?: Partial<Record<Locale, LanguageCopy>>;
  /**
   * Only in a saved copy (the manifest stored in its cache): the language it holds. Absent there:
   * a copy of every file, saved before the copy was split by language.
   */
  saved?: Locale;
}

/** The cache of a language's copy: `va-offline-fr-<version>`. */
export function cacheNameFor(version: string, locale?: Locale): string {
  return locale ? `${CACHE_PREFIX}${locale}-${version}` : `${CACHE_PREFIX}${version}`;
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

/**
 * The part a saved site path belongs to. A language's own: its pages (`/fr/…` for French; pages
 * outside a locale prefix are English), its search index (Pagefind's `wasm.fr.pagefind`,
 * `pagefind.fr_<hash>.pf_meta`, `fragment/fr_<hash>.pf_fragment`, `index/…`, `filter/…`) and its
 * files named `<name>.fr.<ext>` (the search lexicon and words). Everything else is shared:
 * scripts, styles, images, the open data, the feeds, Pagefind's own scripts.
 */
export function languageOfFile(path: string): FilePart {
  const prefix = path.split('/')[1];
  if (prefix !== DEFAULT_LOCALE && isLocale(prefix) && path.startsWith(`/${prefix}/`)) return prefix;
  if (path.startsWith('/_astro/')) return 'shared';
  const name = path.slice(path.lastIndexOf('/') + 1);
  const tagged =
    /^(?:pagefind\.)?([a-z]{2,3})_[0-9a-z]+\.pf_[a-z]+$/.exec(name)?.[1] ??
    /\.([a-z]{2,3})\.[0-9a-z]+$/.exec(name)?.[1];
  if (isLocale(tagged)) return tagged;
  if (path.endsWith('/') || path.endsWith('.html')) return DEFAULT_LOCALE;
  return 'shared';
}

/** The files of a manifest that a copy in `locale` saves: the language's own and the shared ones. */
export function filesFor(manifest: OfflineManifest, locale: Locale): string[] {
  const { languages } = manifest;
  if (!languages) return manifest.files;
  return manifest.files.filter((_, i) => languages[i] === 'shared' || languages[i] === locale);
}

/** The copy of a language a manifest describes; a manifest from before the split: the whole site. */
export function copyOf(manifest: OfflineManifest, locale: Locale): LanguageCopy {
  return (
    manifest.copies?.[locale] ?? { version: manifest.version, files: manifest.files.length, bytes: manifest.bytes }
  );
}

/** The languages a saved copy holds: its own, or every language for a copy saved before the split. */
export function languagesOfCopy(manifest: OfflineManifest): Locale[] {
  return manifest.saved ? [manifest.saved] : [...LOCALES];
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
  const languages = sorted.map((f) => languageOfFile(f.path));
  const copies: Partial<Record<Locale, LanguageCopy>> = {};
  for (const locale of LOCALES) {
    const own = sorted.filter((_, i) => languages[i] === 'shared' || languages[i] === locale);
    copies[locale] = {
      version: await hashOf(own.map((f) => `${f.path} ${f.hash}`)),
      files: own.length,
      bytes: own.reduce((sum, f) => sum + f.bytes, 0),
    };
  }
  return {
    format: 1,
    version: await hashOf(sorted.map((f) => `${f.path} ${f.hash}`)),
    built: built.toISOString(),
    files: sorted.map((f) => f.path),
    bytes: sorted.reduce((sum, f) => sum + f.bytes, 0),
    languages,
    copies,
  };
}

const isVersion = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{8,64}$/.test(v);
const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function parseCopies(value: unknown): Partial<Record<Locale, LanguageCopy>> | undefined | false {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return false;
  const copies: Partial<Record<Locale, LanguageCopy>> = {};
  for (const [locale, copy] of Object.entries(value as Record<string, unknown>)) {
    if (!isLocale(locale) || typeof copy !== 'object' || copy === null) return false;
    const { version, files, bytes } = copy as Record<string, unknown>;
    if (!isVersion(version) || !isSize(files) || !isSize(bytes)) return false;
    copies[locale] = { version, files, bytes };
  }
  return copies;
}

/** Checks a manifest read from the network or a cache: anything else reads as undefined. */
export function parseManifest(value: unknown): OfflineManifest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.format !== 1 || !isVersion(m.version)) return undefined;
  if (typeof m.built !== 'string' || Number.isNaN(Date.parse(m.built))) return undefined;
  if (!isSize(m.bytes)) return undefined;
  if (
    !Array.isArray(m.files) ||
    !m.files.every((f) => typeof f === 'string' && f.startsWith('/') && !f.startsWith('//'))
  )
    return undefined;
  const manifest: OfflineManifest = {
    format: 1,
    version: m.version,
    built: m.built,
    files: m.files as string[],
    bytes: m.bytes,
  };
  if (m.languages !== undefined) {
    if (
      !Array.isArray(m.languages) ||
      m.languages.length !== m.files.length ||
      !m.languages.every((l) => l === 'shared' || isLocale(l))
    )
      return undefined;
    manifest.languages = m.languages as FilePart[];
  }
  const copies = parseCopies(m.copies);
  if (copies === false) return undefined;
  if (copies) manifest.copies = copies;
  if (m.saved !== undefined) {
    if (!isLocale(m.saved)) return undefined;
    manifest.saved = m.saved;
  }
  return manifest;
}

/** A complete copy saved in a browser's Cache Storage. */
export interface SavedCopy {
  name: string;
  cache: Cache;
  manifest: OfflineManifest;
}

/**
 * The copies worth keeping, newest first: for each language, the newest complete copy that holds it.
 * Older copies of a language, and caches without a manifest, are left out.
 */
export function copiesToKeep<T extends { manifest: OfflineManifest }>(complete: readonly T[]): T[] {
  const newest = [...complete].sort((a, b) =>
    a.manifest.built > b.manifest.built ? -1 : a.manifest.built < b.manifest.built ? 1 : 0,
  );
  const kept: T[] = [];
  const covered = new Set<Locale>();
  for (const copy of newest) {
    const languages = languagesOfCopy(copy.manifest);
    if (languages.every((l) => covered.has(l))) continue;
    for (const l of languages) covered.add(l);
    kept.push(copy);
  }
  return kept;
}

/**
 * The complete saved copies in a browser's Cache Storage, newest first, one per language
 * (copiesToKeep): caches of ours that hold their manifest (a save writes the manifest last, so a
 * cache without one is an interrupted save). Used by the service worker and by the /offline/ page.
 */
export async function findSavedCopies(storage: CacheStorage): Promise<SavedCopy[]> {
  const complete: SavedCopy[] = [];
  for (const name of await storage.keys()) {
    if (!name.startsWith(CACHE_PREFIX)) continue;
    const cache = await storage.open(name);
    const stored = await cache.match(MANIFEST_URL);
    const manifest = stored ? parseManifest(await stored.json().catch(() => undefined)) : undefined;
    if (manifest) complete.push({ name, cache, manifest });
  }
  return copiesToKeep(complete);
}

/** The saved copy that holds a language, if any. */
export function copyHolding<T extends { manifest: OfflineManifest }>(
  copies: readonly T[],
  locale: Locale,
): T | undefined {
  return copies.find((c) => languagesOfCopy(c.manifest).includes(locale));
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

/**
 * What the service worker answers, offline, to a page navigation that no saved copy holds (the
 * copies newest first): which copy, which saved page, and whether it is a 404.
 * - An address in a language that is saved: that language's 404 page (status 404).
 * - A page of the site in a language that is not saved: the /offline/ page of the newest copy's
 *   language, which explains that this language is not saved (status 200, as that page is).
 * - An address the site does not have, in a language that is not saved: the newest copy's 404 page.
 */
export function offlineAnswerFor(
  pathname: string,
  copies: readonly { manifest: OfflineManifest }[],
): { copy: number; path: string; notFound: boolean } | undefined {
  if (copies.length === 0) return undefined;
  const asked = localeOfPath(pathname);
  const holding = copies.findIndex((c) => languagesOfCopy(c.manifest).includes(asked));
  if (holding >= 0) return { copy: holding, path: notFoundPathFor(pathname), notFound: true };
  const saved = languagesOfCopy(copies[0]!.manifest)[0] ?? DEFAULT_LOCALE;
  const page = savedPathFor(pathname);
  if (copies.some((c) => c.manifest.files.includes(page)))
    return { copy: 0, path: localizePath('/offline/', saved), notFound: false };
  return { copy: 0, path: notFoundPathFor(localizePath('/', saved)), notFound: true };
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
