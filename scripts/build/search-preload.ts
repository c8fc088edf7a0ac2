/**
 * Preload hints for the search page, written by the index step once the index exists (only then are
 * the index's file names known). Pure functions; tested in test/unit/scripts/build/search-preload.test.ts.
 *
 * Why: without them, a search page loads in a chain, each link waiting for the one before: the
 * page, its script, the script's imports, pagefind.js, Pagefind's entry file, its metadata and
 * WebAssembly. On a slow mobile connection each link costs a round trip (npm run bench
 * measures it). With these hints the browser asks for all of them as soon as it reads the page's
 * `<head>`, in parallel, and the search waits only for the index chunks of the words searched.
 * The filter files are not hinted: the facets are built after the first results, and the one filter
 * the ranking needs first (`kind`, a small file) is fetched alongside the index chunks.
 *
 * - `as="fetch" crossorigin="anonymous"` matches how Pagefind fetches its files (`fetch(url)`, same
 *   origin, CORS mode), so the browser reuses the preloaded response instead of fetching again.
 *   That works only on the page's own thread: the interface runs Pagefind without its web worker
 *   (search-ui.ts says why).
 * - The entry file is fetched as `pagefind-entry.json?ts=<tag>`; the tag is the language index's
 *   hash, which changes with every new index. The interface reads it back from the hint.
 * - `modulepreload` for the page's script imports and pagefind.js: no waiting for one module to
 *   arrive before the next is asked for.
 */

export interface IndexFiles {
  /** The Pagefind entry's tag: the language index's hash (e.g. "en_d73f544310"). */
  tag: string;
  /** Site paths of the metadata and WebAssembly files of the language. */
  fetches: string[];
  /** Site paths of modules to preload (the page script's static imports, pagefind.js). */
  modules: string[];
}

/** `data-pagefind-entry` marks the hint the interface reads the tag from. */
export const ENTRY_HINT_ATTR = 'data-pagefind-entry';
/** Marks every hint written here, so that indexing a built site again replaces them. */
const HINT_ATTR = 'data-search-preload';

export function preloadLinks(files: IndexFiles): string {
  const fetchLink = (href: string, extra = '') =>
    `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous"${extra} ${HINT_ATTR}>`;
  return [
    fetchLink(`/pagefind/pagefind-entry.json?ts=${encodeURIComponent(files.tag)}`, ` ${ENTRY_HINT_ATTR}`),
    // The WebAssembly is the largest file and the last to arrive: ask for it first.
    ...files.fetches.map((href) => fetchLink(href, href.endsWith('.pagefind') ? ' fetchpriority="high"' : '')),
    ...files.modules.map((href) => `<link rel="modulepreload" href="${href}" ${HINT_ATTR}>`),
  ].join('');
}

/** A page without the hints an earlier run of the index step wrote into it. */
export function withoutPreloads(html: string): string {
  return html.replace(new RegExp(`<link [^>]*\\b${HINT_ATTR}>`, 'g'), '');
}

/** Inserts links at the end of `<head>` (after the page's CSP `<meta>`, which must come first). */
export function injectIntoHead(html: string, links: string): string {
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error('the page has no </head>');
  return `${html.slice(0, at)}${links}${html.slice(at)}`;
}

/**
 * The files a language's first search needs, from Pagefind's entry file: the metadata
 * (`pagefind.<hash>.pf_meta`) and the WebAssembly (`wasm.<lang>.pagefind`).
 */
export function indexFilesOf(
  entry: { languages: Record<string, { hash: string; wasm?: string }> },
  lang: string,
): Omit<IndexFiles, 'modules'> | undefined {
  const index = entry.languages[lang];
  if (!index) return undefined;
  return {
    tag: index.hash,
    fetches: [`/pagefind/pagefind.${index.hash}.pf_meta`, `/pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`],
  };
}
