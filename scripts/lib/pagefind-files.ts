/**
 * The Pagefind index's own files (`pagefind/*.pf_meta`, `index/*.pf_index`, `fragment/*.pf_fragment`,
 * `filter/*.pf_filter` and the WebAssembly, `wasm.<lang>.pagefind`). Pagefind writes each of them as
 * a gzip file whose content starts with its marker, `pagefind_dcd`. Sent with `Content-Encoding: gzip`,
 * the browser decompresses them natively, off the page's thread, and Pagefind, finding its marker,
 * skips its own decompression in JavaScript; sent without it, Pagefind decompresses them itself. The
 * bytes on the wire are the same either way. `npm run serve` (static-server.ts) and the nginx snippet
 * (csp.ts `nginxConfig`) send the header; README "Deploy" says which hosts can.
 */
export const PAGEFIND_EXTENSIONS = ['.pf_meta', '.pf_fragment', '.pf_index', '.pf_filter', '.pagefind'] as const;

const EXTENSIONS: ReadonlySet<string> = new Set(PAGEFIND_EXTENSIONS);

/** Whether a file name or path is one of the Pagefind index's gzip files. */
export function isPagefindFile(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot !== -1 && EXTENSIONS.has(name.slice(dot));
}
