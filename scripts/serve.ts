/**
 * `npm run serve`: serves `dist/` the way a plain static host does — `/x/` → `/x/index.html`,
 * `/x` → redirect to `/x/`, unknown paths → `404.html` with status 404, correct MIME types (wasm
 * included), and the security headers of `public/_headers` when present. Used by the README's first
 * command and by the browser tests. Listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile, headersFor } from '#scripts/lib/headers-file.ts';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg\+xml)/;

const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

async function fileFor(pathname: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const full = join(root, clean);
  if (!full.startsWith(root)) return undefined;
  try {
    const s = await stat(full);
    if (s.isFile()) return full;
    if (s.isDirectory() && existsSync(join(full, 'index.html'))) return join(full, 'index.html');
  } catch {
    /* not found */
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const extra = headersFor(rules, url.pathname);
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (!url.pathname.endsWith('/') && !extname(url.pathname) && (await fileFor(`${url.pathname}/`))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const file = await fileFor(url.pathname);
  const target = file ?? join(root, '404.html');
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  let body = await readFile(target).catch(() => Buffer.from('Not found'));
  // Text is compressed, as every static host and CDN does; without it, Lighthouse and page weight
  // measurements against this server would be far from what readers get.
  if (COMPRESSIBLE.test(type) && body.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body);
    res.setHeader('Content-Encoding', 'gzip');
  }
  res.writeHead(file ? 200 : 404, {
    'Content-Type': type,
    'Content-Length': body.length,
    Vary: 'Accept-Encoding',
    // `_headers` may set its own caching (e.g. immutable /_astro/ files); revalidate everything else.
    ...(res.hasHeader('Cache-Control') ? {} : { 'Cache-Control': 'no-cache' }),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
