/**
 * The local static server against a small site in a temporary folder, on a random loopback port:
 * what a static host answers, and hostile or malformed addresses that must not crash it.
 */
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, createStaticServer } from '#scripts/lib/static-server.ts';

let root: string;
let port: number;
const server = { close: () => {} };

/** A raw GET (no URL normalisation, unlike fetch), so `..` and malformed escapes reach the server. */
function get(
  path: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; bytes: Buffer }> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        done({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  const site = join(root, 'site');
  mkdirSync(join(site, 'about'), { recursive: true });
  mkdirSync(join(site, '_astro'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(site, 'about', 'index.html'), '<!doctype html><title>About</title>');
  writeFileSync(join(site, '404.html'), '<!doctype html><title>Not found</title>');
  mkdirSync(join(site, 'fr'), { recursive: true });
  writeFileSync(join(site, 'fr', '404.html'), '<!doctype html><title>Page introuvable</title>');
  writeFileSync(join(site, '_astro', 'app.abc.js'), 'export {};');
  writeFileSync(join(site, 'index.pf_meta'), 'binary');
  writeFileSync(join(site, 'en_1.pf_index'), gzipSync('pagefind_dcd and the index'));
  writeFileSync(join(root, 'secret.txt'), 'outside the site');
  writeFileSync(
    join(site, '_headers'),
    '/*\n  X-Frame-Options: DENY\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  const s = createStaticServer(site);
  await new Promise<void>((ready) => s.listen(0, '127.0.0.1', ready));
  port = (s.address() as AddressInfo).port;
  server.close = () => s.close();
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves /x/ from x/index.html with the headers of _headers', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('<title>Home</title>');
    expect(home.headers['x-frame-options']).toBe('DENY');
    expect(home.headers['cache-control']).toBe('no-cache');
    const about = await get('/about/');
    expect(about.status).toBe(200);
    expect(about.body).toContain('<title>About</title>');
  });

  it('redirects /x to /x/, keeping the query', async () => {
    const r = await get('/about?x=1');
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe('/about/?x=1');
  });

  it('answers unknown addresses with 404.html and status 404', async () => {
    const r = await get('/nope/');
    expect(r.status).toBe(404);
    expect(r.body).toContain('<title>Not found</title>');
  });

  it('answers unknown French addresses with the French 404 page', async () => {
    const r = await get('/fr/nowhere/');
    expect(r.status).toBe(404);
    expect(r.body).toContain('Page introuvable');
    expect((await get('/nowhere/')).body).toContain('Not found');
  });

  it('keeps the caching rules of _headers and types unknown files as binary', async () => {
    expect((await get('/_astro/app.abc.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/index.pf_meta')).headers['content-type']).toBe('application/octet-stream');
  });

  it('sends a gzip Pagefind file as gzip-encoded to a client that accepts gzip, as it is to others', async () => {
    const encoded = await get('/en_1.pf_index', 'GET', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(encoded.headers['content-encoding']).toBe('gzip');
    expect(encoded.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(encoded.bytes).toString()).toBe('pagefind_dcd and the index');
    const plain = await get('/en_1.pf_index');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.equals(encoded.bytes)).toBe(true);
    // A Pagefind file that is not gzip is sent as it is, whatever the client accepts.
    const other = await get('/index.pf_meta', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(other.headers['content-encoding']).toBeUndefined();
    expect(other.body).toBe('binary');
  });

  it.each([
    ['gzip', true],
    ['deflate, gzip;q=0.5', true],
    ['br;q=1.0, *', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['gzip;q=0, *', false],
    ['br, *;q=0', false],
    ['gzip; q=0.000', false],
    ['br, deflate', false],
    ['', false],
    [undefined, false],
  ])('reads Accept-Encoding %j as accepting gzip: %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('answers a malformed address with 400 and stays up', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/about/..%5c..%5csecret.txt',
    '/..\\secret.txt',
    '/about/%00',
  ])('refuses the traversal %s with 404', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('outside the site');
  });

  it('refuses other methods with 405', async () => {
    const r = await get('/', 'POST');
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('GET, HEAD');
  });
});
