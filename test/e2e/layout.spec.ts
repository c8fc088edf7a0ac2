/**
 * The page grid's measurable limits (issue 20): the phone header stays at most 64 px tall, table pages
 * never scroll sideways as a whole at 360 px (tables scroll in their own region or stack), and
 * "On this page" appears on long pages only: a list under the title on a phone, a sticky column on
 * a wide screen. The new components (diagrams, icons, badges, the grid) pass axe in dark mode on a
 * phone as well (the sitemap sweep in a11y.spec.ts covers light mode on a wide screen).
 */
import { axeViolations, expect, test } from './fixtures.ts';

const HEADER_MAX = 64;

test('at 360 px the header is at most 64 px tall, before and after scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    '/',
    '/jurisdictions/canada/',
    '/checklists/pre-collaboration/',
    '/compare/',
    '/fr/',
    '/fr/jurisdictions/canada/',
  ]) {
    await page.goto(path);
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height, path).toBeLessThanOrEqual(HEADER_MAX);
    await page.mouse.wheel(0, 1200);
    await page.waitForFunction(() => window.scrollY > 0);
    // What the header still covers of the screen once the reader has scrolled.
    const covered = await header.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
    });
    expect(covered, path).toBeLessThanOrEqual(HEADER_MAX);
  }
});

test('at 360 px, pages with tables do not scroll sideways; their tables keep their headers', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    '/framework/crosswalk/',
    '/areas/crosswalk/',
    '/compare/',
    '/jurisdictions/',
    '/jurisdictions/canada/',
    '/tracker/',
    '/checklists/institutional-self-assessment/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
    // Every table wider than the screen sits in a labelled region that scrolls, or is stacked.
    const loose = await page.evaluate(
      () =>
        [...document.querySelectorAll('main table')]
          .filter((t) => t.getBoundingClientRect().width > document.documentElement.clientWidth)
          .filter((t) => {
            const region = t.closest('[role="region"]');
            return !(region && (region.getAttribute('aria-label') || region.getAttribute('aria-labelledby')));
          }).length,
    );
    expect(loose, path).toBe(0);
  }
});

test('"On this page" lists a long page\'s sections and is absent from a short page', async ({ page }) => {
  await page.goto('/jurisdictions/canada/');
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav).toHaveCount(1);
  expect(await nav.getByRole('link').count()).toBeGreaterThanOrEqual(3);
  await expect(nav.getByRole('link', { name: 'At a glance' })).toHaveAttribute('href', '#at-a-glance');
  // Wide screen: a column beside the text, still in view after scrolling.
  await page.mouse.wheel(0, 2500);
  await page.waitForFunction(() => window.scrollY > 2000);
  await expect(nav).toBeInViewport();

  await page.goto('/training/');
  await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
});

test('on a phone, "On this page" is a plain list right under the page title', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/jurisdictions/canada/');
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav.getByRole('link', { name: 'At a glance' })).toBeVisible();
  const [title, list] = await Promise.all([page.locator('h1').boundingBox(), nav.boundingBox()]);
  expect(list!.y).toBeGreaterThan(title!.y);
  expect(list!.x).toBeLessThan(40);
});

for (const path of ['/', '/jurisdictions/canada/', '/framework/', '/framework/risk/', '/training/due-diligence/']) {
  test(`axe in dark mode at 360 px: ${path}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}
