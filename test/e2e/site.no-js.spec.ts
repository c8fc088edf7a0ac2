/** With JavaScript off, pages still read and tell the reader what needs JavaScript. */
import { expect, test } from './fixtures.ts';

test('home and sources read without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.entry-points > li')).toHaveCount(3);
  await page.goto('/sources/');
  await expect(page.locator('.all-sources > li').first()).toBeVisible();
});

test('the search page explains that search needs JavaScript and offers sections to browse', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: 'Glossary' })).toBeVisible();
});

test('the header search link still leads to the search page', async ({ page }) => {
  await page.goto('/');
  await page.locator('.search-trigger').click();
  await expect(page).toHaveURL(/\/search\/$/);
});

test('without JavaScript, /offline/ explains what to do instead', async ({ page }) => {
  await page.goto('/offline/');
  await expect(
    page.getByText(/Saving the academy on this device needs JavaScript\. Without it, you can still print/),
  ).toBeVisible();
  await expect(page.locator('main').getByRole('button')).toHaveCount(0);
});

test('without JavaScript the phone Menu still opens (a native disclosure)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.locator('details.site-menu > summary').click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
});
