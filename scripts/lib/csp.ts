/**
 * Content-Security-Policy helpers for the HTTP headers of `public/_headers`.
 *
 * Why: Astro writes a hash-based CSP `<meta>` into every page (script-src and style-src with the
 * hashes of its inline scripts and styles, e.g. the island runtime). When a host also sends a CSP
 * header, the browser enforces BOTH policies, so the header must allow every inline script and
 * style the meta allows, or islands stop hydrating. The hashes change with Astro versions and with
 * any `is:inline` script, so they are not written by hand: `public/_headers` holds the static
 * policy, and at the end of each build the page pass (`scripts/build/page-pass.ts`) adds the hashes
 * found in the pages' meta tags to `dist/_headers` (`withHashesOf`). `missingFromHeader` is the check the tests
 * run; `nginxConfig` turns the same rules into an nginx snippet.
 */
import { headersFor, type HeaderRule } from './headers-file.ts';
import { PAGEFIND_EXTENSIONS } from './pagefind-files.ts';

/** A parsed policy: directive name (lower case) → its sources, in order. */
export type Csp = Map<string, string[]>;

export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // The first occurrence of a directive wins; browsers ignore repeats.
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

export function serializeCsp(csp: Csp): string {
  return [...csp].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const HASH_RE = /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/;
export const isHashSource = (s: string) => HASH_RE.test(s);

/** Where a browser looks when a directive is absent (CSP Level 3 fallback lists, abridged). */
const FALLBACK: Record<string, string[]> = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'script-src': ['default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'style-src': ['default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
};

/** The sources that govern `directive` in `csp`, following the fallback chain. */
export function effectiveSources(csp: Csp, directive: string): string[] | undefined {
  for (const name of [directive, ...(FALLBACK[directive] ?? ['default-src'])]) {
    const sources = csp.get(name);
    if (sources) return sources;
  }
  return undefined;
}

/** Script and style directives whose inline hashes the header must repeat. */
const HASHED = ['script-src', 'script-src-elem', 'style-src', 'style-src-elem'];

/**
 * Adds to the header policy every hash that the meta policies allow, directive by directive. When
 * the header lacks the directive, it is created from the sources the header would otherwise fall
 * back to, so that nothing else changes.
 */
export function withHashesOf(headerPolicy: string, metaPolicies: Iterable<string>): string {
  const header = parseCsp(headerPolicy);
  for (const metaPolicy of metaPolicies) {
    const meta = parseCsp(metaPolicy);
    for (const directive of HASHED) {
      const hashes = (meta.get(directive) ?? []).filter(isHashSource);
      if (hashes.length === 0) continue;
      if (!header.has(directive)) header.set(directive, [...(effectiveSources(header, directive) ?? ["'self'"])]);
      const sources = header.get(directive)!;
      for (const h of hashes) if (!sources.includes(h)) sources.push(h);
    }
  }
  return serializeCsp(header);
}

/**
 * What the meta policy allows for scripts and styles that the header policy does not: one entry per
 * missing source, as "directive source". Empty when the header is at least as permissive there.
 * ('self' and keywords are compared literally; both policies are written by this project.)
 */
export function missingFromHeader(headerPolicy: string, metaPolicy: string): string[] {
  const header = parseCsp(headerPolicy);
  const meta = parseCsp(metaPolicy);
  const missing: string[] = [];
  for (const [directive, sources] of meta) {
    if (!directive.startsWith('script-src') && !directive.startsWith('style-src') && directive !== 'worker-src')
      continue;
    const allowed = effectiveSources(header, directive) ?? [];
    for (const s of sources) if (!allowed.includes(s)) missing.push(`${directive} ${s}`);
  }
  return missing;
}

/** The nginx `location` matcher for a `_headers` path pattern. */
function nginxLocation(pattern: string): string {
  const star = pattern.indexOf('*');
  if (star === -1) return `location = ${pattern}`;
  if (star === pattern.length - 1) return `location ^~ ${pattern.slice(0, -1)}`;
  const re = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return `location ~ ^${re}$`;
}

const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** Where the Pagefind index lives; its gzip files get a location of their own. */
const PAGEFIND_FOLDER = '/pagefind/';

/**
 * An nginx snippet with the same headers as a `_headers` file, to `include` inside a `server` block.
 * nginx drops every inherited `add_header` in a `location` that has its own, so each location block
 * repeats the site-wide headers. `always` sends the headers with error pages (404) too. The Pagefind
 * index's files are sent marked as the gzip files they are (scripts/lib/pagefind-files.ts), in a
 * location nested in the index's own when `_headers` has a rule for it: a `^~` prefix location
 * stops nginx from looking at regular expressions outside it.
 */
export function nginxConfig(rules: HeaderRule[]): string {
  const lines: string[] = [
    '# Generated from dist/_headers by `npm run headers:nginx`; include it inside your server { } block.',
  ];
  const global = rules.find((r) => r.pattern === '/*');
  const headerLines = (headers: Record<string, string>, indent: string) =>
    Object.entries(headers).map(([k, v]) => `${indent}add_header ${k} ${quote(v)} always;`);
  const extensions = PAGEFIND_EXTENSIONS.map((e) => e.slice(1)).join('|');
  const pagefindFiles = (matcher: string, indent: string) => [
    `${indent}${matcher} {`,
    `${indent}  # Pagefind writes these as gzip files: so marked, the browser decompresses them, not Pagefind's JavaScript.`,
    `${indent}  gzip off;`,
    ...headerLines(headersFor(rules, `${PAGEFIND_FOLDER}x.pf_meta`), `${indent}  `),
    // Not `always`: an error page is not gzip.
    `${indent}  add_header Content-Encoding "gzip";`,
    `${indent}  add_header Vary "Accept-Encoding";`,
    `${indent}}`,
  ];
  if (global) lines.push(...headerLines(global.headers, ''));
  let nested = false;
  for (const rule of rules) {
    if (rule === global) continue;
    // A sample path under the pattern gives the merged headers a host would send there.
    const sample = rule.pattern.replace(/\*/g, 'x');
    const location = nginxLocation(rule.pattern);
    const inner =
      location === `location ^~ ${PAGEFIND_FOLDER}` ? pagefindFiles(`location ~ \\.(?:${extensions})$`, '  ') : [];
    nested ||= inner.length > 0;
    lines.push('', `${location} {`, ...headerLines(headersFor(rules, sample), '  '), ...inner, '}');
  }
  if (!nested) lines.push('', ...pagefindFiles(`location ~ ^${PAGEFIND_FOLDER}.+\\.(?:${extensions})$`, ''));
  return `${lines.join('\n')}\n`;
}
