import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '#scripts/lib/headers-file.ts';
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
    // Without a rule of its own, the Pagefind index's gzip files get a location at the top.
    expect(conf).toMatch(
      /\nlocation ~ \^\/pagefind\/\.\+\\\.\(\?:pf_meta\|pf_fragment\|pf_index\|pf_filter\|pagefind\)\$ \{\n(?:.*\n)* {2}add_header X-Frame-Options "DENY" always;\n(?:.*\n)* {2}add_header Content-Encoding "gzip";\n {2}add_header Vary "Accept-Encoding";\n\}/,
    );
  });

  it('marks the Pagefind index files as gzip in a location nested in the index folder rule', () => {
    const conf = nginxConfig(
      parseHeadersFile(
        '/*\n  X-Frame-Options: DENY\n/pagefind/*\n  Cache-Control: max-age=0\n/sw.js\n  Cache-Control: no-cache\n',
      ),
    );
    const block = /\nlocation \^~ \/pagefind\/ \{\n[\s\S]*?\n\}\n/.exec(conf)?.[0] ?? '';
    expect(block).toContain('  location ~ \\.(?:pf_meta|pf_fragment|pf_index|pf_filter|pagefind)$ {\n');
    // The nested location repeats the headers (nginx drops inherited add_header lines), then marks the file.
    expect(block).toMatch(
      / {4}gzip off;\n {4}add_header X-Frame-Options "DENY" always;\n {4}add_header Cache-Control "max-age=0" always;\n {4}add_header Content-Encoding "gzip";\n {4}add_header Vary "Accept-Encoding";\n {2}\}\n\}/,
    );
    // Not `always`: a 404 page is not gzip.
    expect(conf).not.toContain('Content-Encoding "gzip" always');
    expect(conf.match(/Content-Encoding/g)).toHaveLength(1);
  });
});
