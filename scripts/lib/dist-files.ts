/**
 * Files of a built site (`dist/`), and the file a static host serves for an address (the rules are
 * in src/lib/served-path.ts). Shared by the local server, the site-wide checks, the build steps and
 * the benchmark.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { candidateFiles, decodePath } from '#src/lib/served-path.ts';

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

/** The order of `listFiles` (a walk with names sorted in each folder), for paths gathered another way. */
export function byPathSegments(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * The file a static host serves for a site path (no query, no fragment), or undefined when it
 * would answer 404 (see src/lib/served-path.ts for the rules). `/x` for a folder `x` gives
 * `x/index.html`, which the host serves after its redirect to `/x/`.
 */
export function fileForPath(dist: string, pathname: string): string | undefined {
  const decoded = decodePath(pathname);
  if (decoded === undefined) return undefined;
  for (const candidate of candidateFiles(decoded)) {
    const full = join(dist, candidate);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}
