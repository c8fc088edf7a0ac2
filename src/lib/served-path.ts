/**
 * Which file a plain static host serves for an address, and the address of a file: the one answer
 * for the local server (scripts/serve.ts), the site-wide checks over `dist/`, the benchmark and the
 * offline manifest. Pure (no file system), so the offline feature can use it in the browser.
 *
 * The host's rules (README "Deploy"): `/x/` is served from `x/index.html`; `/x` from the file `x`,
 * or, when `x` is a folder, by a redirect to `/x/`; anything else is a 404.
 */

/** The address of a file of the build: `about/index.html` → `/about/`, `index.html` → `/`, `404.html` → `/404.html`. */
export function sitePathOfFile(file: string): string {
  const clean = file.split('\\').join('/').replace(/^\/+/, '');
  if (clean === 'index.html') return '/';
  return clean.endsWith('/index.html') ? `/${clean.slice(0, -'index.html'.length)}` : `/${clean}`;
}

/** The decoded path of a request, or undefined when its percent-encoding is malformed (`/%E0%A4%A`). */
export function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/**
 * The files (relative to the site root, "/" separated) a host tries for a decoded path, in order;
 * an empty list for a path that could leave the site root: a `..` segment, a backslash, a NUL byte,
 * or no leading "/".
 */
export function candidateFiles(decodedPath: string): string[] {
  if (!decodedPath.startsWith('/') || decodedPath.includes('\\') || decodedPath.includes('\0')) return [];
  const segments = decodedPath.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return [];
  const rel = decodedPath.slice(1);
  if (rel === '' || rel.endsWith('/')) return [`${rel}index.html`];
  return [rel, `${rel}/index.html`];
}
