/**
 * The local static server: serves a built site (`dist/`) the way a static host does, for
 * `npm run serve`, the browser tests (playwright.config.ts) and Lighthouse. Files are sent by
 * `sirv` (ETags, ranges, MIME types); `compression` gzips text as hosts and CDNs do, and the Pagefind
 * index's files, gzip already, go out marked as gzip (scripts/lib/pagefind-files.ts). This module
 * decides what to send, with the one resolver of src/lib/served-path.ts:
 *
 * - a malformed address (`/%E0%A4%A`) → 400; an address that could leave the site root (`..`,
 *   `%2e%2e`, a backslash) → the 404 page with status 404; methods other than GET and HEAD → 405;
 * - `/x` where `x/` is a folder → 301 to `/x/`; unknown addresses → `404.html` with status 404
 *   (`fr/404.html` for addresses under `/fr/`);
 * - every response carries the headers of `<root>/_headers` (Netlify/Cloudflare format), and
 *   revalidation (`no-cache`) unless `_headers` sets its own caching.
 *
 * No request can crash the process: errors answer 500 and are logged.
 */
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { candidateFiles, decodePath } from '#src/lib/served-path.ts';
import { DEFAULT_LOCALE } from '#src/lib/i18n/locale.ts';
import { localeOfPath } from '#src/lib/routes.ts';
import { fileForPath } from './dist-files.ts';
import { isPagefindFile } from './pagefind-files.ts';
import { headersFor, parseHeadersFile } from './headers-file.ts';

/**
 * Whether an `Accept-Encoding` header accepts gzip: `gzip` with a quality above 0, or, when gzip is
 * not named, `*` with a quality above 0.
 */
export function acceptsGzip(header: string | undefined): boolean {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.map((p) => /^q\s*=\s*([\d.]+)$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (coding) quality.set(coding, q === undefined ? 1 : Number(q));
  }
  return (quality.get('gzip') ?? quality.get('*') ?? 0) > 0;
}

/** Whether a file starts with gzip's magic bytes. */
function isGzipFile(file: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/**
 * `gzip` when a Pagefind file is sent as what it is, a gzip file, for the browser to decompress
 * (scripts/lib/pagefind-files.ts says why); undefined for a client that does not accept gzip or a
 * file that is not gzip, which Pagefind then decompresses itself.
 */
function pagefindEncoding(file: string, acceptEncoding: string | undefined): 'gzip' | undefined {
  return acceptsGzip(acceptEncoding) && isGzipFile(file) ? 'gzip' : undefined;
}

export function createStaticServer(rootDir: string): Server {
  const root = resolve(rootDir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  // Each language's 404 page: /fr/… addresses get /fr/404.html when the build has it.
  const notFoundPage = (path: string) => {
    const locale = localeOfPath(path);
    const own = join(root, locale === DEFAULT_LOCALE ? '' : locale, '404.html');
    return existsSync(own) ? own : join(root, '404.html');
  };
  const files = sirv(root, {
    dev: false,
    etag: true,
    extensions: [],
    dotfiles: false,
    setHeaders(res, pathname) {
      if (isPagefindFile(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
    },
  });
  const compress = compression();

  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 404;
    const page = notFoundPage((req.url ?? '/').split('?', 1)[0]!);
    if (!existsSync(page)) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (req.method === 'HEAD') res.end();
    else createReadStream(page).pipe(res);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const [rawPath = '/', query] = (req.url ?? '/').split('?', 2);
    const decoded = decodePath(rawPath);
    if (decoded === undefined) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: malformed address');
      return;
    }
    for (const [name, value] of Object.entries(headersFor(rules, rawPath))) res.setHeader(name, value);
    if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-cache');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const candidates = candidateFiles(decoded);
    const file = candidates.length === 0 ? undefined : fileForPath(root, rawPath);
    if (file === undefined) {
      notFound(req, res);
      return;
    }
    // `/x` answered by `x/index.html`: the host redirects to the folder's address first.
    if (candidates.length === 2 && file === join(root, candidates[1]!)) {
      res.writeHead(301, { Location: `${rawPath}/${query === undefined ? '' : `?${query}`}` }).end();
      return;
    }
    if (isPagefindFile(file)) {
      res.setHeader('Vary', 'Accept-Encoding');
      const encoding = pagefindEncoding(file, req.headers['accept-encoding']);
      if (encoding) res.setHeader('Content-Encoding', encoding);
    }
    // sirv sends the file found above (it knows no index files or redirects of its own).
    // `compression` leaves a response alone when it already has a Content-Encoding.
    req.url = encodeURI(`/${relative(root, file).split(sep).join('/')}`);
    compress(req as never, res as never, () => files(req, res, () => notFound(req, res)));
  };

  return createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      console.error(`[serve] ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    }
  });
}
