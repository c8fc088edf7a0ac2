import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BuiltSite,
  checkCspHeader,
  checkHeads,
  checkInlineAttributes,
  checkLinks,
  checkSitemap,
  formatProblems,
} from '#scripts/qa/dist-checks.ts';
import { fileForPath, listFiles } from '#scripts/lib/dist-files.ts';
import { sitePathOfFile } from '#src/lib/served-path.ts';
import { headersFor, parseHeadersFile } from '#scripts/lib/headers-file.ts';

const META = "script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB=';";
const HEADER = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'";

describe('checks over a built site', () => {
  const dist = mkdtempSync(join(tmpdir(), 'dist-checks-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  };
  const page = (path: string, body: string, head = '') =>
    `<!doctype html><html lang="en"><head><title>T</title><meta name="description" content="A description long enough."><link rel="canonical" href="https://ex.org${path}">${head}</head><body>${body}</body></html>`;
  write(
    'index.html',
    page(
      '/',
      '<a href="/a/#s">ok</a><a href="/a/#missing">x</a><a href="/gone/">x</a><a href="https://other.org/x">ext</a><a href="mailto:a@b.c">m</a><a href="#">top</a><a href="a/">rel</a>',
    ),
  );
  write(
    'a/index.html',
    page(
      '/a/',
      '<h2 id="s" style="color:red">S</h2><a href="https://ex.org/a/#s">self</a><img src="/pic.png" alt=""><button onclick="x()">b</button>',
      `<meta http-equiv="content-security-policy" content="${META}">`,
    ),
  );
  write(
    'b/index.html',
    '<!doctype html><html><head><link rel="canonical" href="https://ex.org/a/"></head><body></body></html>',
  );
  write(
    'sitemap.xml',
    '<urlset><url><loc>https://ex.org/</loc></url><url><loc>https://ex.org/a/</loc></url><url><loc>https://ex.org/zzz/</loc></url></urlset>',
  );
  write('_headers', `/*\n  Content-Security-Policy: ${HEADER}\n`);

  const site = new BuiltSite(dist);
  it('maps files and paths like a static host', () => {
    expect(listFiles(dist, '.html')).toEqual(['a/index.html', 'b/index.html', 'index.html']);
    expect(sitePathOfFile('a/index.html')).toBe('/a/');
    expect(sitePathOfFile('404.html')).toBe('/404.html');
    expect(fileForPath(dist, '/a')).toBe(join(dist, 'a/index.html'));
    expect(fileForPath(dist, '/../etc/passwd')).toBeUndefined();
    expect(fileForPath(dist, '/%E0%A4%A')).toBeUndefined();
  });
  it('finds broken links and anchors, and only those', () => {
    expect(formatProblems(checkLinks(site))).toEqual([
      '/a/: img[src] "/pic.png" → no such file in the build',
      '/: a[href] "/a/#missing" → no id "missing" on /a/',
      '/: a[href] "/gone/" → no such file in the build',
    ]);
  });
  it('finds pages without title, description, language or their own canonical', () => {
    expect(formatProblems(checkHeads(site))).toEqual([
      '/b/: no <title>',
      '/b/: no <meta name="description">',
      '/b/: no <html lang>',
      '/b/: canonical "https://ex.org/a/" names another page',
    ]);
  });
  it('compares the sitemap with the pages', () => {
    expect(formatProblems(checkSitemap(site))).toEqual([
      '/sitemap.xml: lists /zzz/, which is not in the build',
      '/b/: not listed in sitemap.xml',
    ]);
  });
  it('finds a CSP header that would block what a page allows', () => {
    const problems = checkCspHeader(site).map((p) => `${p.page}: ${p.message}`);
    expect(problems).toContain("/a/: CSP header blocks what the page's meta allows: script-src 'sha256-AAA='");
    expect(problems).toContain("/: CSP header lacks frame-ancestors 'none'");
  });
  it('keeps _headers within what Cloudflare Pages reads', () => {
    write('_headers', `/*\n  Content-Security-Policy: ${HEADER}; img-src ${'x'.repeat(2000)}\n`);
    expect(checkCspHeader(new BuiltSite(dist)).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^line 2 has \d{4} characters \(Cloudflare Pages reads at most 2,000\)$/),
    );
    write('_headers', `/*\n  Content-Security-Policy: ${HEADER}\n`);
  });
  it('finds style and event-handler attributes', () => {
    expect(formatProblems(checkInlineAttributes(site))).toEqual([
      '/a/: <h2 style> attribute: blocked by the Content-Security-Policy',
      '/a/: <button onclick> attribute: blocked by the Content-Security-Policy',
    ]);
  });
  it('lists a problem found on several pages once', () => {
    expect(
      formatProblems([
        { page: '/a/', message: 'm' },
        { page: '/b/', message: 'm' },
        { page: '/a/', message: 'm' },
        { page: '/c/', message: 'n' },
      ]),
    ).toEqual(['m (on 2 pages: /a/, /b/)', '/c/: n']);
  });
  it('matches header rules like a host', () => {
    expect(headersFor(parseHeadersFile('/*\n  A: 1\n/_astro/*\n  B: 2\n'), '/_astro/x.js')).toEqual({ A: '1', B: '2' });
  });
});
