/**
 * Security headers and the Content-Security-Policy in a real browser: the server sends what
 * `_headers` says; pages carry the CSP both as a header and as Astro's meta tag, and under both
 * policies islands hydrate and search (Pagefind, WebAssembly) works, on the page's own thread, with
 * the files its preload hints fetched. Any CSP violation is a failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { headersFor, parseHeadersFile } from '#scripts/lib/headers-file.ts';
import { listFiles } from '#scripts/lib/dist-files.ts';
import { sitePathOfFile } from '#src/lib/served-path.ts';

const DIST = 'dist';
const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));

/** Records every CSP violation the page reports, from the first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('the server sends the headers of _headers, on pages, files and 404s', async ({ request }) => {
  const js = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.js'));
  const paths = ['/', '/sources/', '/pagefind/pagefind.js', '/no-such-page/', ...(js ? [`/_astro/${js}`] : [])];
  for (const path of paths) {
    const res = await request.get(path);
    const expected = headersFor(rules, path);
    expect(Object.keys(expected).length, path).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(expected))
      expect(res.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
  const home = (await request.get('/')).headers();
  expect(home['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(home['content-security-policy']).not.toContain("'unsafe-inline'");
  expect(home['x-frame-options']).toBe('DENY');
  expect(home['x-content-type-options']).toBe('nosniff');
  expect(home['referrer-policy']).toBe('no-referrer');
  expect(home['cross-origin-opener-policy']).toBe('same-origin');
  expect(home['permissions-policy']).toContain('camera=()');
  if (js) expect((await request.get(`/_astro/${js}`)).headers()['cache-control']).toContain('immutable');
});

test('pages carry the CSP as a header and as a meta tag, and load without violations', async ({ page }) => {
  const violations = await watchCsp(page);
  const res = await page.goto('/');
  expect(res?.headers()['content-security-policy']).toBeTruthy();
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'/,
  );
  await page.goto('/sources/');
  expect(await violations()).toEqual([]);
});

/** Pages with islands, one per distinct set of island components (the site may have none yet). */
function islandPages(): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of listFiles(DIST, '.html')) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const components = [...html.matchAll(/<astro-island[^>]*component-url="([^"]+)"/g)]
      .map((m) => m[1])
      .sort()
      .join(' ');
    if (components && !seen.has(components)) {
      seen.add(components);
      out.push(sitePathOfFile(file));
    }
  }
  return out.slice(0, 12);
}

test('islands hydrate under both policies', async ({ page }) => {
  const pages = islandPages();
  test.skip(pages.length === 0, 'no page has an island yet');
  const violations = await watchCsp(page);
  for (const path of pages) {
    await page.goto(path);
    const islands = page.locator('astro-island');
    for (let i = 0; i < (await islands.count()); i += 1) {
      const island = islands.nth(i);
      // Islands hydrate at load or when idle; scrolling each into view also covers any lazy one.
      // <astro-island> is display: contents (no box of its own): scroll its first child instead.
      const shown = await island.evaluate((el) => {
        const box = el.firstElementChild ?? el;
        box.scrollIntoView({ block: 'center' });
        return box.getClientRects().length > 0;
      });
      if (!shown) continue;
      await expect(island, `island ${i} on ${path}`).not.toHaveAttribute('ssr', { timeout: 10_000 });
    }
    expect(await violations(), path).toEqual([]);
  }
});

async function searchFor(page: Page, word: string) {
  const input = page.getByLabel('Search the academy');
  await expect(input).toBeVisible();
  const status = page.getByRole('status');
  await expect(status).not.toHaveText(/Loading/);
  await input.fill(word);
  await expect(status).toHaveText(/\d+ results?/);
  await expect(page.locator('.search-result').first()).toBeVisible();
}

test('search works under both policies (WebAssembly compiled on the page)', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto('/search/');
  await searchFor(page, 'research');
  expect(await violations()).toEqual([]);
});

test("search runs without Pagefind's web worker, and uses the files its preload hints fetched", async ({ page }) => {
  // The interface runs Pagefind on the page (search-ui.ts says why): no worker script is asked for,
  // and each hinted file is fetched once, not again by Pagefind.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
  const violations = await watchCsp(page);
  await page.goto('/search/?q=quantum');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(requests.filter((r) => r.includes('pagefind-worker'))).toEqual([]);
  const hinted = await page.locator('link[rel=preload][as=fetch]').evaluateAll((links) =>
    links.map((l) => {
      const u = new URL((l as HTMLLinkElement).href);
      return u.pathname + u.search;
    }),
  );
  expect(hinted.length).toBeGreaterThanOrEqual(4);
  for (const h of hinted)
    expect(
      requests.filter((r) => r === h),
      h,
    ).toHaveLength(1);
  expect(await violations()).toEqual([]);
});

test('pointing at the header search link asks for the index entry and WebAssembly at once; the dialog uses them', async ({
  page,
}) => {
  // The header adds the hints before the search code arrives (src/features/search/hints.ts); Pagefind
  // then asks for the same entry address (its tag read from the hint), so each is fetched once.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
  const violations = await watchCsp(page);
  await page.goto('/fr/');
  await page.locator('[data-search-trigger]').hover();
  const hinted = page.locator('link[rel=preload][as=fetch]');
  await expect(hinted).toHaveCount(2);
  const hrefs = await hinted.evaluateAll((links) =>
    links.map((l) => {
      const u = new URL((l as HTMLLinkElement).href);
      return u.pathname + u.search;
    }),
  );
  expect(hrefs[0]).toBe('/pagefind/wasm.fr.pagefind');
  expect(hrefs[1]).toMatch(/^\/pagefind\/pagefind-entry\.json\?ts=\d+$/);
  await page.locator('[data-search-trigger]').click();
  const box = page.locator('[data-search-dialog] input[type=search]');
  await box.fill('quantique');
  await expect(page.locator('[data-search-dialog] .search-result').first()).toBeVisible();
  for (const h of hrefs)
    expect(
      requests.filter((r) => r === h),
      h,
    ).toHaveLength(1);
  expect(requests.filter((r) => r.startsWith('/pagefind/pagefind-entry.json'))).toHaveLength(1);
  expect(await violations()).toEqual([]);
});
