/**
 * Accessibility sweep: axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on every English page of the built
 * sitemap and on a sample of the French ones, one test per page. Any violation fails, with the rule,
 * its impact and the offending nodes.
 *
 * French pages come from the same components as the English ones, so the sample covers each kind of
 * page: every French page whose route has no parameter (home, indexes, compare, glossary, search…)
 * and the first two pages of each route with one (two jurisdictions, two modules, two checklists…),
 * plus the French 404 page. `A11Y_ALL=1` sweeps every French page too (about twice as long).
 */
import { readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures.ts';

const all = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1]!).pathname,
);
const english = all.filter((p) => !p.startsWith('/fr/'));

/** The French pages to sweep: see above. A route's shape is its path with the last segment generalised. */
function frenchSample(paths: string[], everything: boolean): string[] {
  const french = paths.filter((p) => p.startsWith('/fr/'));
  if (everything) return french;
  const seen = new Map<string, number>();
  const sample: string[] = [];
  for (const p of french.sort()) {
    const segments = p.split('/').filter(Boolean);
    // /fr/areas/quantum/ and /fr/areas/dual-use/ share the shape /fr/areas/*; an index keeps its own.
    const shape = english.some((e) => `/fr${e}` === p && segments.length <= 2) ? p : segments.slice(0, -1).join('/');
    const n = seen.get(shape) ?? 0;
    if (n < 2) sample.push(p);
    seen.set(shape, n + 1);
  }
  return sample;
}
const french = frenchSample(all, process.env.A11Y_ALL === '1');

test('the sitemap lists the site in both languages', () => {
  expect(english.length).toBeGreaterThan(3);
  expect(english).toContain('/');
  expect(all).toContain('/fr/');
  expect(french.length).toBeGreaterThan(20);
});

for (const path of [...english, ...french]) {
  test(`axe: ${path}`, async ({ page }) => {
    // Long pages (the glossary, the timeline) take axe a while on a busy 2-core machine.
    test.setTimeout(90_000);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('axe: the French 404 page', async ({ page, watch }) => {
  test.setTimeout(90_000);
  watch.allowConsole.push(/status of 404/); // the browser logs the page's own 404 status
  const response = await page.goto('/fr/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await axeViolations(page)).toEqual([]);
});
