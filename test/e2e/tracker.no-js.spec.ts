/** Without JavaScript the tracker lists every instrument and says the filter needs JavaScript. */
import { expect, test } from './fixtures.ts';

test('the whole tracker list reads without JavaScript, even with a filter in the address', async ({
  page,
  request,
}) => {
  const records = (await (await request.get('/data/instruments.json')).json()) as unknown[];
  await page.goto('/tracker/?j=canada');
  await expect(page.locator('#instrument-list [data-instrument]:visible')).toHaveCount(records.length);
  await expect(page.getByText('Filtering needs JavaScript')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Jurisdiction' }).getByRole('checkbox').first()).toBeDisabled();
  await expect(
    page.getByRole('heading', { name: 'Coming into force or applying in the next 12 months' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recently changed' })).toBeVisible();
});
