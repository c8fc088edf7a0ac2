/**
 * The `test` every browser test uses. For every page it opens it records console errors, page
 * errors and any request that leaves the site's own origin; each test fails if it saw one.
 * Privacy and robustness are checked everywhere, not in one special test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Console errors a test expects (e.g. the browser's own line for a 404 it asked for). */
  allowConsole: RegExp[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: Watch = { consoleErrors: [], foreignRequests: [], allowConsole: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') watch.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => watch.consoleErrors.push(String(e)));
      page.on('request', (r) => {
        const url = r.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return;
        if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
      });
      await use(watch);
      expect(watch.foreignRequests, 'requests outside the site origin').toEqual([]);
      expect(
        watch.consoleErrors.filter((e) => !watch.allowConsole.some((re) => re.test(e))),
        'console errors',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** WCAG 2.2 AA (A and AA rules of 2.0, 2.1 and 2.2) violations of the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}
