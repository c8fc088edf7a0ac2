/**
 * Site-wide checks over a built site (`dist/`), run by test/dist/site.test.ts after the
 * build: internal links and #fragments resolve, every page has a title, a meta description and a
 * canonical URL, the sitemap lists real pages, and the Content-Security-Policy header of `_headers`
 * allows everything each page's CSP meta allows. Each check returns problems as plain records so a
 * failing test lists them all at once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileForPath, listFiles } from '#scripts/lib/dist-files.ts';
import { sitePathOfFile } from '#src/lib/served-path.ts';
import { unlocalizedPath } from '#src/lib/routes.ts';
import { headOf, idsOf, linksOf, scanTags, type HeadInfo, type PageLink } from '#scripts/lib/html-scan.ts';
import { headersFor, parseHeadersFile } from '#scripts/lib/headers-file.ts';
import { missingFromHeader, parseCsp } from '#scripts/lib/csp.ts';

export interface Problem {
  /** The page (site path) or file the problem is on. */
  page: string;
  message: string;
}

/**
 * One line per distinct problem: a message found on several pages (a broken link in the header,
 * say) is listed once with the pages it is on.
 */
export function formatProblems(ps: Problem[]): string[] {
  const pages = new Map<string, string[]>();
  for (const p of ps) {
    const list = pages.get(p.message) ?? [];
    if (!list.includes(p.page)) list.push(p.page);
    pages.set(p.message, list);
  }
  return [...pages].map(([message, on]) =>
    on.length === 1
      ? `${on[0]}: ${message}`
      : `${message} (on ${on.length} pages: ${on.slice(0, 5).join(', ')}${on.length > 5 ? ', …' : ''})`,
  );
}

interface Page {
  file: string;
  path: string;
  html: string;
  head: HeadInfo;
  links: PageLink[];
  ids: Set<string>;
  /** `style` and `on…` attributes, as "element[attribute]": the CSP blocks both. */
  inlineAttrs: string[];
}

/** A built site, read once: every HTML page scanned, ids available for fragment checks. */
export class BuiltSite {
  readonly pages: Page[] = [];
  private readonly byFile = new Map<string, Page>();
  private readonly idCache = new Map<string, Set<string>>();

  constructor(readonly dist: string) {
    if (!existsSync(join(dist, 'index.html')))
      throw new Error(`${dist}/index.html not found: build the site first (npm run build)`);
    for (const file of listFiles(dist, '.html')) {
      const html = readFileSync(join(dist, file), 'utf8');
      const tags = scanTags(html);
      const inlineAttrs = tags.flatMap((t) =>
        Object.keys(t.attrs)
          .filter((a) => a === 'style' || /^on[a-z]+$/.test(a))
          .map((a) => `<${t.name} ${a}>`),
      );
      const page = {
        file,
        path: sitePathOfFile(file),
        html,
        head: headOf(html, tags),
        links: linksOf(tags),
        ids: idsOf(tags),
        inlineAttrs,
      };
      this.pages.push(page);
      this.byFile.set(join(dist, file), page);
    }
  }

  /** The public origin of the site, from the home page's canonical URL (or the sitemap). */
  get origin(): string {
    const home = this.pages.find((p) => p.path === '/');
    if (home?.head.canonical) return new URL(home.head.canonical).origin;
    const loc = /<loc>([^<]+)<\/loc>/.exec(this.read('sitemap.xml') ?? '');
    if (loc) return new URL(loc[1]!).origin;
    throw new Error('cannot tell the site origin: the home page has no canonical URL and there is no sitemap');
  }

  read(file: string): string | undefined {
    const full = join(this.dist, file);
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
  }

  idsIn(file: string): Set<string> {
    const page = this.byFile.get(file);
    if (page) return page.ids;
    let ids = this.idCache.get(file);
    if (!ids) {
      ids = idsOf(scanTags(readFileSync(file, 'utf8')));
      this.idCache.set(file, ids);
    }
    return ids;
  }
}

/** Fragments that need no element: "#" and "#top" scroll to the top of the page. */
const TOP_FRAGMENTS = new Set(['', 'top']);

/** Every internal href/src resolves to a file, and every #fragment to an id on the target page. */
export function checkLinks(site: BuiltSite): Problem[] {
  const origin = site.origin;
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const base = new URL(page.path, origin);
    for (const link of page.links) {
      let url: URL;
      try {
        url = new URL(link.url, base);
      } catch {
        problems.push({ page: page.path, message: `${link.from} "${link.url}" is not a valid URL` });
        continue;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      if (url.origin !== origin) continue;
      const target = fileForPath(site.dist, url.pathname);
      if (!target) {
        problems.push({ page: page.path, message: `${link.from} "${link.url}" → no such file in the build` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!TOP_FRAGMENTS.has(fragment) && target.endsWith('.html') && !site.idsIn(target).has(fragment)) {
        problems.push({
          page: page.path,
          message: `${link.from} "${link.url}" → no id "${fragment}" on ${url.pathname}`,
        });
      }
    }
  }
  return problems;
}

/** Every page has a title, a meta description, a language and a canonical URL naming itself. */
export function checkHeads(site: BuiltSite): Problem[] {
  const origin = site.origin;
  const problems: Problem[] = [];
  for (const { path, head } of site.pages) {
    if (!head.title?.trim()) problems.push({ page: path, message: 'no <title>' });
    if (!head.description?.trim()) problems.push({ page: path, message: 'no <meta name="description">' });
    else if (head.description.trim().length < 20)
      problems.push({ page: path, message: `meta description too short: "${head.description}"` });
    if (!head.lang) problems.push({ page: path, message: 'no <html lang>' });
    if (!head.canonical) {
      problems.push({ page: path, message: 'no <link rel="canonical">' });
      continue;
    }
    let canonical: URL;
    try {
      canonical = new URL(head.canonical);
    } catch {
      problems.push({ page: path, message: `canonical "${head.canonical}" is not an absolute URL` });
      continue;
    }
    if (canonical.origin !== origin)
      problems.push({ page: path, message: `canonical "${head.canonical}" is not on ${origin}` });
    // Error pages are served at any address; only real pages must name themselves.
    else if (!/^\/404(\.html|\/)/.test(unlocalizedPath(path)) && canonical.pathname !== path) {
      problems.push({ page: path, message: `canonical "${head.canonical}" names another page` });
    }
  }
  return problems;
}

/** Every address in sitemap.xml is a page of the build, and every page but the 404 is listed. */
export function checkSitemap(site: BuiltSite): Problem[] {
  const xml = site.read('sitemap.xml');
  if (!xml) return [{ page: '/sitemap.xml', message: 'missing' }];
  const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const problems: Problem[] = [];
  for (const path of listed)
    if (!fileForPath(site.dist, path))
      problems.push({ page: '/sitemap.xml', message: `lists ${path}, which is not in the build` });
  for (const { path } of site.pages) {
    if (!/^\/404(\.html|\/)/.test(unlocalizedPath(path)) && !listed.has(path))
      problems.push({ page: path, message: 'not listed in sitemap.xml' });
  }
  return problems;
}

/**
 * No `style="…"` or `onclick="…"`-style attributes: the Content-Security-Policy (no 'unsafe-inline')
 * blocks them, so they would silently do nothing. Use classes and script modules instead.
 */
export function checkInlineAttributes(site: BuiltSite): Problem[] {
  return site.pages.flatMap(({ path, inlineAttrs }) =>
    [...new Set(inlineAttrs)].map((a) => ({
      page: path,
      message: `${a} attribute: blocked by the Content-Security-Policy`,
    })),
  );
}

/** Directives the header policy must carry whatever else changes. */
export const REQUIRED_CSP: Record<string, string> = {
  'default-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/**
 * `_headers` sends a Content-Security-Policy to every page that allows at least what the page's
 * CSP meta allows (both are enforced), carries the required directives, and never allows inline
 * scripts wholesale.
 */
export function checkCspHeader(site: BuiltSite): Problem[] {
  const text = site.read('_headers');
  if (!text) return [{ page: '/_headers', message: 'missing from the build (public/_headers)' }];
  const rules = parseHeadersFile(text);
  const problems: Problem[] = [];
  // Cloudflare Pages: at most 100 rules, and 2,000 characters per header line.
  if (rules.length > 100)
    problems.push({ page: '/_headers', message: `${rules.length} rules (Cloudflare Pages reads at most 100)` });
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.length > 2000)
      problems.push({
        page: '/_headers',
        message: `line ${i + 1} has ${line.length} characters (Cloudflare Pages reads at most 2,000)`,
      });
  });
  for (const { path, head } of site.pages) {
    const policy = headersFor(rules, path)['Content-Security-Policy'];
    if (!policy) {
      problems.push({ page: path, message: 'no Content-Security-Policy header in _headers' });
      continue;
    }
    const csp = parseCsp(policy);
    for (const [directive, value] of Object.entries(REQUIRED_CSP)) {
      if (!csp.get(directive)?.includes(value))
        problems.push({ page: path, message: `CSP header lacks ${directive} ${value}` });
    }
    for (const d of ['script-src', 'script-src-elem', 'default-src']) {
      if (csp.get(d)?.some((s) => s === "'unsafe-inline'" || s === "'unsafe-eval'"))
        problems.push({ page: path, message: `CSP header allows unsafe inline/eval in ${d}` });
    }
    if (head.csp)
      for (const m of missingFromHeader(policy, head.csp))
        problems.push({ page: path, message: `CSP header blocks what the page's meta allows: ${m}` });
  }
  return problems;
}

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Runs the Nu HTML checker (vnu-jar) once over every HTML file of the build and returns its errors.
 * Throws — never skips — when Java or the checker is missing, naming the fix.
 */
export function checkHtmlValidity(dist: string, jar: string): Problem[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(
      'Java is not installed, so the HTML checker (vnu-jar) cannot run: apt-get install default-jre-headless (.ci/run does this on a fresh machine)',
    );
  }
  if (!existsSync(jar)) throw new Error(`${jar} not found: run npm install (vnu-jar is a devDependency)`);
  const r = spawnSync('java', ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', dist], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  let report: { messages: NuMessage[] };
  try {
    report = JSON.parse(r.stderr || r.stdout) as { messages: NuMessage[] };
  } catch {
    throw new Error(
      `the HTML checker failed (exit ${r.status}): ${(r.stderr || r.stdout || String(r.error)).slice(0, 500)}`,
    );
  }
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const file = (m.url ?? '').replace(/^file:/, '');
      const page = file.startsWith(dist) ? sitePathOfFile(file.slice(dist.length).replace(/^\/+/, '')) : file;
      return {
        page,
        message: `${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}${m.lastLine ? ` (line ${m.lastLine}:${m.firstColumn ?? '?'})` : ''}`,
      };
    });
}
