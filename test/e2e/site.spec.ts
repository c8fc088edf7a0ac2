/** The site shell: home, navigation, breadcrumbs, small screens, dark mode, open data, search. */
import { axeViolations, expect, test } from './fixtures.ts';

test('home loads with its three entry points and no console errors', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const entry = page.locator('.entry-points > li');
  await expect(entry).toHaveCount(3);
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
});

test('header navigation leads to a section, marked as current', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/sources/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('pages reflow at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/sources/', '/search/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('dark colour scheme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
});

test('every page declares a title, description and canonical URL', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page).toHaveTitle(/Sources \| /);
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/sources\/$/);
});

test('open data: sources.json is an array of records with the common fields', async ({ request }) => {
  const res = await request.get('/data/sources.json');
  expect(res.status()).toBe(200);
  const records = (await res.json()) as Record<string, unknown>[];
  expect(records.length).toBeGreaterThan(0);
  for (const r of records)
    for (const f of ['id', 'url', 'title', 'summary', 'lastReviewed', 'sources']) expect(r, f).toHaveProperty(f);
});

test('unknown addresses get the 404 page', async ({ page, watch }) => {
  watch.allowConsole.push(/status of 404/);
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('on a phone the navigation folds into a Menu disclosure that overlays the page without moving it', async ({
  page,
}) => {
  // axe over /compare/ (the whole matrix) takes a while on a busy 2-core machine, as in the a11y sweep.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/compare/');
  const menu = page.locator('details.site-menu');
  const summary = menu.locator('summary');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(summary).toHaveText('Menu');
  await expect(nav).toBeHidden();
  const headingTop = async () => (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
  const before = await headingTop();
  // Keyboard: Tab to the summary, Enter opens; the current section is marked.
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('open', '');
  await expect(nav.getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
  expect(await headingTop()).toBe(before);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Framework' })).toBeFocused();
  await nav.getByRole('link', { name: 'Framework' }).click();
  await expect(page).toHaveURL(/\/framework\/$/);
  await expect(page.locator('details.site-menu')).not.toHaveAttribute('open', '');
});

test('on a wide screen the navigation is a bar and there is no Menu', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.locator('details.site-menu')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
