/** National practices with JavaScript off: the full matrix, the map, the pages and the timeline read. */
import { expect, test } from './fixtures.ts';

test('the full comparison matrix is readable without JavaScript', async ({ page, request }) => {
  const jurisdictions = (await (await request.get('/data/jurisdictions.json')).json()) as {
    id: string;
    title: string;
  }[];
  const dimensions = (await (await request.get('/data/dimensions.json')).json()) as { id: string; title: string }[];
  await page.goto('/compare/');
  const matrix = page.getByRole('table', { name: /^Full comparison/ });
  await expect(matrix).toBeVisible();
  // A row header per dimension (with its anchor), a column per jurisdiction.
  await expect(matrix.getByRole('rowheader')).toHaveCount(dimensions.length);
  for (const d of dimensions) await expect(matrix.locator(`th[scope="row"]#dimension-${d.id}`)).toHaveText(d.title);
  const columns = matrix.locator('thead th[scope="col"]');
  await expect(columns).toHaveCount(1 + jurisdictions.length);
  // Every cell says its value in words and cites a source.
  const cells = matrix.locator('tbody td');
  await expect(cells).toHaveCount(dimensions.length * jurisdictions.length);
  const unreadable = await cells.evaluateAll(
    (tds) =>
      tds.filter(
        (td) =>
          !/^(Yes|Partial|No|Unknown)\b/.test(
            td.querySelector('.va-value')?.textContent?.replace(/^\W+/, '').trim() ?? '',
          ) || !td.querySelector('a.cite'),
      ).length,
  );
  expect(unreadable).toBe(0);
  // The definitions are there too.
  await expect(page.getByRole('heading', { name: 'What each dimension means' })).toBeVisible();
});

test('the picker explains that it needs JavaScript and shows no live controls', async ({ page }) => {
  await page.goto('/compare/?j=canada&j=france');
  const picker = page.getByRole('region', { name: 'Build your own comparison' });
  await expect(picker.getByText('This picker needs JavaScript')).toBeVisible();
  await expect(picker.getByRole('checkbox', { name: 'Canada', exact: true })).toBeDisabled();
  await expect(picker.getByRole('button', { name: 'Clear choices' })).toBeDisabled();
  await expect(picker.getByRole('link', { name: 'Download CSV' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Whole table as CSV' })).toHaveAttribute('href', '/data/comparison.csv');
});

test('the tile map and the jurisdiction pages work without JavaScript', async ({ page, request }) => {
  const dimensions = (await (await request.get('/data/dimensions.json')).json()) as unknown[];
  await page.goto('/jurisdictions/');
  await page
    .getByRole('group', { name: /Tile map/ })
    .getByRole('link', { name: 'Japan', exact: true })
    .click();
  await expect(page).toHaveURL(/\/jurisdictions\/japan\/$/);
  await expect(page.getByRole('table', { name: /^Japan on \d+ dimensions/ }).getByRole('rowheader')).toHaveCount(
    dimensions.length,
  );
});

test('every milestone shows on the timeline without JavaScript, and the filter says why it is off', async ({
  page,
  request,
}) => {
  const milestones = (await (await request.get('/data/timeline.json')).json()) as unknown[];
  await page.goto('/timeline/?j=canada');
  const items = page.locator('#milestone-list [data-milestone]');
  await expect(items).toHaveCount(milestones.length);
  await expect(page.locator('#milestone-list [data-milestone]:visible')).toHaveCount(await items.count());
  await expect(page.getByText('Filtering needs JavaScript')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Show milestones from' }).getByRole('checkbox').first()).toBeDisabled();
});
