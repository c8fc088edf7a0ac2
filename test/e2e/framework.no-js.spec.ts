/** Without JavaScript the knowledge base is complete: it is static HTML with no script of its own. */
import { expect, test } from './fixtures.ts';

test('a practice page, its table of contents and glossary links work without JavaScript', async ({ page }) => {
  await page.goto('/practices/due-diligence-and-transparency/');
  await expect(
    page.locator('section#institutions').getByRole('heading', { level: 3, name: 'What to do' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Research institutions' })
    .click();
  await expect(page).toHaveURL(/#institutions$/);
  await expect(page.locator('section#institutions')).toBeInViewport();
});

test('the glossary A–Z and the crosswalk table work without JavaScript', async ({ page }) => {
  await page.goto('/glossary/');
  await page.getByRole('navigation', { name: 'Jump to a letter' }).getByRole('link', { name: /\bD$/ }).click();
  await expect(page).toHaveURL(/#letter-d$/);
  await expect(page.getByRole('heading', { level: 2, name: 'D', exact: true })).toBeInViewport();
  await page.goto('/framework/crosswalk/');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('region', { name: /Crosswalk table/ })).toBeVisible();
});
