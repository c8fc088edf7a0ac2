/**
 * Files of a built site (`dist/`), and the file a plain static host serves for an address:
 * `/x/` → `x/index.html`, `/x` → the file `x` or (after a redirect) `x/index.html`. Shared by the
 * site-wide checks, the security-headers build step and the benchmark.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (relative paths with "/" separators), sorted, optionally by extension. */
export function listFiles(dir: string, ext?: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!ext || name.endsWith(ext)) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The site address of an HTML file: `about/index.html` → `/about/`, `404.html` → `/404.html`. */
export function pathOfHtmlFile(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/** The file served for a site path (no query, no fragment), or undefined when the host would 404. */
export function fileForPath(dist: string, pathname: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (!clean.startsWith('/') || clean.split('/').includes('..')) return undefined;
  const full = join(dist, clean);
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  if (!clean.endsWith('/') && isFile(full)) return full;
  const index = join(full, 'index.html');
  return isFile(index) ? index : undefined;
}
