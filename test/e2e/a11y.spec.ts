/**
 * Accessibility sweep: axe (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) on every page of the built sitemap,
 * one test per page. Any violation fails, with the rule, its impact and the offending nodes.
 */
import { readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './fixtures.ts';

const paths = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
  (m) => new URL(m[1]!).pathname,
);

test('the sitemap lists the site', () => {
  expect(paths.length).toBeGreaterThan(3);
  expect(paths).toContain('/');
});

for (const path of paths) {
  test(`axe: ${path}`, async ({ page }) => {
    // Long pages (the glossary, the timeline) take axe a while on a busy 2-core machine.
    test.setTimeout(90_000);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
  });
}
