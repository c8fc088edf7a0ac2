/** Search: a query finds the expected page; facets alone browse; the count is announced; the dialog loads on demand. */
import { expect, test } from './fixtures.ts';

test('a search on the search page finds the expected page first', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search the academy').fill('restricted regime zone');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/\d+ results?/);
  await expect(page.locator('.search-result').first()).toContainText(/Restricted-regime zone|ZRR/i);
});

test('browsing by a facet alone lists matching pages and announces the count', async ({ page }) => {
  await page.goto('/search/');
  await page
    .locator('.search-facets')
    .getByLabel(/^Source/)
    .check();
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?$|^1 result$/);
  await expect(page).toHaveURL(/type=Source/);
  const first = page.locator('.search-result .tag').first();
  await expect(first).toHaveText(/Source/i);
});

test('a shared search URL restores query and filters', async ({ page }) => {
  await page.goto('/search/?type=Source');
  await expect(page.locator('.search-facets').getByLabel(/^Source/)).toBeChecked();
  await expect(page.getByRole('status')).toHaveText(/\d+ results?/);
});

test('the header search dialog loads search only when opened', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('/');
  expect(pagefindRequests).toEqual([]);
  await page.getByRole('link', { name: 'Search', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Search the academy').fill('G7');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results?/);
  expect(pagefindRequests.length).toBeGreaterThan(0);
  // The first Escape clears the search field (native behaviour), the second closes the dialog.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Search', exact: true }).first()).toBeFocused();
});
