/**
 * Preload hints for the search index on pages that have none: the header's script adds them as soon
 * as the reader points at the search link, presses it or the keyboard shortcut, before the search
 * code has arrived. The search page carries its own, written by the build
 * (scripts/build/search-preload.ts), with the index's hash as the entry's tag.
 *
 * - Pagefind's entry file: Pagefind asks for `pagefind-entry.json?ts=<tag>`, with the current time
 *   as tag unless it is given one (`metaCacheTag`). The hint picks that time itself, now, and the
 *   interface reads it back (search-ui.ts `entryTag`) and gives it to Pagefind, so that Pagefind's
 *   request is the one already on its way: one round trip less before the index's metadata can be
 *   asked for.
 * - The WebAssembly of the page's language (`wasm.en.pagefind`): the largest file, which Pagefind
 *   would ask for only after its entry file.
 *
 * Imported by the header's script only, so that it stays in that script's file (a module shared
 * with the search interface would be one more file on every page).
 */

/** Marks the hint that carries the entry's tag (also on the search page's built hints). */
const ENTRY_HINT = 'link[data-pagefind-entry]';

function preload(href: string, attrs: Record<string, string> = {}): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  for (const [name, value] of Object.entries(attrs)) link.setAttribute(name, value);
  document.head.append(link);
}

/** Adds the hints for the index of `lang` (a two-letter code), unless the page has them already. */
export function hintIndex(lang: string): void {
  if (document.querySelector(ENTRY_HINT) || !/^[a-z]{2}$/.test(lang)) return;
  preload(`/pagefind/wasm.${lang}.pagefind`, { fetchpriority: 'high' });
  preload(`/pagefind/pagefind-entry.json?ts=${Date.now()}`, { 'data-pagefind-entry': '' });
}
