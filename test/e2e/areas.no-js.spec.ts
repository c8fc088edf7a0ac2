/** At-risk research areas without JavaScript: the explorer page still gives everything it searches. */
import { expect, test } from './fixtures.ts';

test('the explorer page explains it needs JavaScript and shows the A–Z list with keywords', async ({ page }) => {
  await page.goto('/areas/explorer/');
  await expect(page.getByText('The explorer needs JavaScript')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Describe your field or type keywords' })).toBeDisabled();
  const az = page.getByRole('region', { name: /All areas A–Z/ });
  await expect(az).toBeVisible();
  await expect(az.getByRole('link', { name: 'Biotechnology' })).toBeVisible();
  await expect(az.getByText(/crispr/)).toBeVisible();
  await expect(az.getByText(/qubit/)).toBeVisible();
  await expect(page.getByRole('link', { name: /full crosswalk/ })).toHaveAttribute('href', '/areas/crosswalk/');
  await expect(page.getByRole('table', { name: 'Technology areas and the lists that name them' })).toBeVisible();
});

test('the crosswalk and an area page read without JavaScript', async ({ page }) => {
  await page.goto('/areas/crosswalk/');
  await expect(page.getByRole('table', { name: /Technology areas \(rows\)/ })).toBeVisible();
  await page.goto('/areas/biotechnology/');
  await expect(page.getByRole('table', { name: /lists that name Biotechnology/ })).toBeVisible();
});
