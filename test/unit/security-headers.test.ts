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
import { hoistIslandStyle } from '#scripts/build/html-fixups.ts';
import {
  decodeEntities,
  headOf,
  idsOf,
  linksOf,
  scanTags,
  scriptsOf,
  staticImportsOf,
} from '#scripts/lib/html-scan.ts';
import { headersFor, parseHeadersFile } from '#scripts/lib/headers-file.ts';
import {
  effectiveSources,
  missingFromHeader,
  nginxConfig,
  parseCsp,
  serializeCsp,
  withHashesOf,
} from '#scripts/lib/csp.ts';

const META = "script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB=';";
const HEADER = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'";

describe('CSP helpers', () => {
  it('parses and serialises a policy, first directive wins', () => {
    const csp = parseCsp("default-src 'self'; Script-Src 'self' x; script-src y;;");
    expect(csp.get('script-src')).toEqual(["'self'", 'x']);
    expect(serializeCsp(csp)).toBe("default-src 'self'; script-src 'self' x");
  });
  it('follows fallbacks', () => {
    const csp = parseCsp("default-src 'self'; script-src a");
    expect(effectiveSources(csp, 'script-src-elem')).toEqual(['a']);
    expect(effectiveSources(csp, 'style-src')).toEqual(["'self'"]);
    expect(effectiveSources(parseCsp('img-src x'), 'style-src')).toBeUndefined();
  });
  it('adds the meta hashes to the header, once, keeping everything else', () => {
    const merged = withHashesOf(HEADER, [META, META]);
    expect(merged).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB='; object-src 'none'",
    );
    expect(missingFromHeader(merged, META)).toEqual([]);
  });
  it('creates a missing directive from its fallback', () => {
    expect(withHashesOf("default-src 'self'", ["script-src 'sha256-C='"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-C='",
    );
  });
  it('reports what the header would block', () => {
    expect(missingFromHeader(HEADER, META)).toEqual(["script-src 'sha256-AAA='", "style-src 'sha256-BBB='"]);
    expect(missingFromHeader("default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")).toEqual([
      "script-src 'wasm-unsafe-eval'",
    ]);
  });
  it('writes an nginx snippet that repeats site-wide headers in each location', () => {
    const rules = parseHeadersFile(
      '/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: a "b"\n/_astro/*\n  Cache-Control: immutable\n/robots.txt\n  X-A: 1\n/a/*/b\n  X-B: 2\n',
    );
    const conf = nginxConfig(rules);
    expect(conf).toContain('add_header X-Frame-Options "DENY" always;');
    expect(conf).toContain('add_header Content-Security-Policy "a \\"b\\"" always;');
    expect(conf).toMatch(
      /location \^~ \/_astro\/ \{\n {2}add_header X-Frame-Options "DENY" always;\n {2}add_header Content-Security-Policy .*\n {2}add_header Cache-Control "immutable" always;\n\}/,
    );
    expect(conf).toContain('location = /robots.txt {');
    expect(conf).toContain('location ~ ^/a/.*/b$ {');
  });
});

describe('HTML scanning', () => {
  const html = `<!doctype html><html lang="fr"><head><title>A &amp; B</title><meta name="description" content="Desc &quot;x&quot;">
    <link rel="canonical" href="https://ex.org/a/"><meta http-equiv="content-security-policy" content="${"script-src 'self'"}">
    <script type="module" src="/_astro/a.js"></script><script>var x = '<a href="/nope/">';</script><script type="application/json" src="/x.json"></script></head>
    <body><!-- <a href="/commented/"> --><a href='/b/#frag' id=top>b</a><img srcset="/i1.png 1x, /i2.png 2x" alt="">
    <astro-island uid="1" component-url="/_astro/C.js" renderer-url="/_astro/client.js"></astro-island><a name="legacy"></a><br/></body></html>`;
  const tags = scanTags(html);
  it('reads start tags and decodes attributes, skipping comments and script bodies', () => {
    expect(tags.find((t) => t.name === 'meta' && t.attrs.name === 'description')?.attrs.content).toBe('Desc "x"');
    expect(linksOf(tags).map((l) => l.url)).toEqual([
      '/_astro/a.js',
      '/x.json',
      '/b/#frag',
      '/i1.png',
      '/i2.png',
      '/_astro/C.js',
      '/_astro/client.js',
    ]);
    expect([...idsOf(tags)]).toEqual(['top', 'legacy']);
  });
  it('reads the head', () => {
    expect(headOf(html, tags)).toEqual({
      title: 'A & B',
      description: 'Desc "x"',
      canonical: 'https://ex.org/a/',
      lang: 'fr',
      csp: "script-src 'self'",
    });
  });
  it('lists the scripts a page loads', () => {
    expect(scriptsOf(html, tags)).toEqual({
      external: ['/_astro/a.js'],
      islands: ['/_astro/C.js', '/_astro/client.js'],
      islandCount: 1,
      inlineBytes: 28,
    });
  });
  it('finds static imports only', () => {
    const js = 'import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";const l=()=>import("./lazy.js");';
    expect(staticImportsOf(js)).toEqual(['./x.js', './y.js', './z.js']);
  });
  it('decodes numeric references', () => expect(decodeEntities('&#39;&#x41;&bogus;')).toBe("'A&bogus;"));
});

describe('HTML fixups', () => {
  it("moves Astro's island style into the head, once", () => {
    const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
    const out = hoistIslandStyle(
      `<html><head><title>x</title></head><body><p>a</p>${style}<astro-island></astro-island></body></html>`,
    );
    expect(out).toBe(
      `<html><head><title>x</title>${style}</head><body><p>a</p><astro-island></astro-island></body></html>`,
    );
    expect(hoistIslandStyle(out)).toBe(out);
    expect(hoistIslandStyle('<p>no document</p>')).toBe('<p>no document</p>');
  });
});

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
