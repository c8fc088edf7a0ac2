/**
 * Right weight: pages whose only interactive state is a filter use a small page script over the
 * server-rendered list, not a React island, and load at most 10 kB gzip of JavaScript at start-up
 * (the shared header script included). Measured like the benchmark (scripts/bench/measure.ts:
 * every script the page loads, static imports followed, plus inline scripts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, pageJs } from '#scripts/bench/measure.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const LIMIT = 10 * 1024;

function startupJs(path: string) {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const read = (sitePath: string) => {
    const file = join(DIST, sitePath);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const js = pageJs(html, path, read, new Map());
  const gzip = js.files.reduce((n, f) => n + gzipSize(read(f) ?? new Uint8Array()), 0) + js.inlineGzip;
  return { ...js, gzip };
}

describe('filter pages stay light', () => {
  it.each(['/case-studies/', '/fr/case-studies/'].filter((p) => existsSync(join(DIST, p, 'index.html'))))(
    '%s: no island, at most 10 kB gzip of JavaScript at start-up',
    (path) => {
      const js = startupJs(path);
      expect(js.islands).toBe(0);
      expect(js.gzip, js.files.join(', ')).toBeLessThanOrEqual(LIMIT);
    },
  );
});
