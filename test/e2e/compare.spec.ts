/**
 * National practices: the comparison picker (differences, address state, downloads), the full
 * matrix CSV, the timeline and its filter, the jurisdiction pages and the tile map.
 */
import { parseCsv } from '#test/helpers/csv-reader.ts';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

interface JurisdictionRecord {
  id: string;
  title: string;
  comparison: Record<string, { value: string; note: string; source: string; lastVerified: string }>;
}

const PICK = ['Canada', 'France', 'United States'];

async function pickThree(page: import('@playwright/test').Page) {
  const picker = page.getByRole('region', { name: 'Build your own comparison' });
  for (const name of PICK) await picker.getByRole('checkbox', { name, exact: true }).check();
  return picker;
}

test('picking three jurisdictions compares them, marks differences, and the address restores the view', async ({
  page,
  request,
}) => {
  const jurisdictions = (await (await request.get('/data/jurisdictions.json')).json()) as JurisdictionRecord[];
  const byId = new Map(jurisdictions.map((j) => [j.id, j]));
  const dims = Object.keys(byId.get('canada')!.comparison);
  const differing = dims.filter(
    (d) => new Set(['canada', 'france', 'united-states'].map((j) => byId.get(j)!.comparison[d]!.value)).size > 1,
  );

  await page.goto('/compare/');
  const picker = await pickThree(page);
  const status = picker.getByRole('status');
  await expect(status).toHaveText(
    `Comparing 3 jurisdictions on ${dims.length} dimensions, ${differing.length} differ.`,
  );
  await expect(page).toHaveURL(/\/compare\/\?j=canada&j=france&j=united-states$/);

  const table = picker.getByRole('table');
  await expect(table).toHaveAccessibleName(`Canada, France and United States on ${dims.length} dimensions`);
  await expect(table.getByRole('columnheader')).toHaveText(['Dimension', ...PICK]);
  await expect(table.getByRole('rowheader')).toHaveCount(dims.length);
  // Differences are marked in words, not by colour alone.
  await expect(table.getByRole('rowheader').filter({ hasText: 'Differs' })).toHaveCount(differing.length);

  await picker.getByRole('checkbox', { name: 'Show only differences' }).check();
  await expect(table.getByRole('rowheader')).toHaveCount(differing.length);
  await expect(table).toHaveAccessibleName(`Canada, France and United States on ${differing.length} dimensions`);
  await expect(status).toContainText(`${differing.length} differ`);
  await expect(page).toHaveURL(/only=diff/);

  // The shared address reopens the same view.
  const shared = page.url();
  await page.goto('about:blank');
  await page.goto(shared);
  const again = page.getByRole('region', { name: 'Build your own comparison' });
  for (const name of PICK) await expect(again.getByRole('checkbox', { name, exact: true })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Show only differences' })).toBeChecked();
  await expect(again.getByRole('table').getByRole('rowheader')).toHaveCount(differing.length);
});

test('at most four jurisdictions can be picked; fewer than two asks for more', async ({ page }) => {
  await page.goto('/compare/?j=canada');
  const picker = page.getByRole('region', { name: 'Build your own comparison' });
  await expect(picker.getByRole('checkbox', { name: 'Canada', exact: true })).toBeChecked();
  await expect(picker.getByRole('status')).toHaveText('Pick at least 2 jurisdictions to compare (up to 4).');
  for (const name of ['Japan', 'Germany', 'Norway']) await picker.getByRole('checkbox', { name, exact: true }).check();
  await expect(picker.getByRole('checkbox', { name: 'Sweden', exact: true })).toBeDisabled();
  await expect(picker.getByRole('status')).toContainText('4 picked');
  await picker.getByRole('button', { name: 'Clear choices' }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
  await expect(picker.getByRole('checkbox', { name: 'Sweden', exact: true })).toBeEnabled();
});

test('the CSV download holds the current view, with a header and known cells', async ({ page, request }) => {
  const jurisdictions = (await (await request.get('/data/jurisdictions.json')).json()) as JurisdictionRecord[];
  const canada = jurisdictions.find((j) => j.id === 'canada')!;
  const france = jurisdictions.find((j) => j.id === 'france')!;

  await page.goto('/compare/');
  const picker = await pickThree(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    picker.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('comparison-canada-france-united-states.csv');
  const rows = parseCsv(await readFile((await download.path())!, 'utf8'));
  expect(rows[0]!.slice(0, 7)).toEqual([
    'dimension_id',
    'dimension',
    'Canada value',
    'Canada note',
    'Canada source',
    'Canada last verified',
    'France value',
  ]);
  expect(rows[0]).toHaveLength(2 + 3 * 4);
  expect(rows).toHaveLength(1 + Object.keys(canada.comparison).length);
  const entity = rows.find((r) => r[0] === 'entity-list')!;
  expect(entity[2]).toBe(canada.comparison['entity-list']!.value);
  expect(entity[3]).toBe(canada.comparison['entity-list']!.note);
  expect(entity[4]).toMatch(/^https?:\/\//);
  expect(entity[6]).toBe(france.comparison['entity-list']!.value);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    picker.getByRole('link', { name: 'Download JSON' }).click(),
  ]);
  const doc = JSON.parse(await readFile((await json.path())!, 'utf8')) as {
    query: string;
    rows: { cells: Record<string, { value: string }> }[];
  };
  expect(doc.query).toBe('j=canada&j=france&j=united-states');
  expect(doc.rows[0]!.cells.canada!.value).toBe(canada.comparison['binding-legislation']!.value);
});

test('/data/comparison.csv is the whole matrix', async ({ request }) => {
  const res = await request.get('/data/comparison.csv');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('text/csv');
  const jurisdictions = (await (await request.get('/data/jurisdictions.json')).json()) as JurisdictionRecord[];
  const rows = parseCsv(await res.text());
  expect(rows[0]!.slice(0, 2)).toEqual(['dimension_id', 'dimension']);
  // Value, note, source and last verified per jurisdiction, then a `changed` column each at the end.
  expect(rows[0]).toHaveLength(2 + jurisdictions.length * 5);
  expect(rows).toHaveLength(1 + Object.keys(jurisdictions[0]!.comparison).length);
  for (const r of jurisdictions) expect(r.comparison, r.id).toBeTruthy();
});

test('the timeline lists at least 60 milestones, each citing a source; the filter narrows it and keeps the address', async ({
  page,
  request,
}) => {
  const records = (await (await request.get('/data/timeline.json')).json()) as {
    id: string;
    date: string;
    jurisdiction?: string;
  }[];
  await page.goto('/timeline/');
  const items = page.locator('#milestone-list [data-milestone]');
  await expect(items).toHaveCount(records.length);
  const withSource = await items.evaluateAll(
    (lis) => lis.filter((li) => li.querySelector('time') && li.querySelector('a.cite[href^="#cite-"]')).length,
  );
  expect(withSource).toBe(records.length);
  await expect(page.getByRole('img', { name: 'Milestones by year and jurisdiction' })).toBeVisible();

  const canadaCount = records.filter((r) => r.jurisdiction === 'canada').length;
  const filter = page.getByRole('group', { name: 'Show milestones from' });
  await filter.getByRole('checkbox', { name: /^Canada/ }).check();
  await expect(page.getByRole('status')).toHaveText(`Showing ${canadaCount} of ${records.length} milestones.`);
  await expect(page).toHaveURL(/\/timeline\/\?j=canada$/);
  await expect(page.locator('#milestone-list [data-milestone]:visible')).toHaveCount(canadaCount);
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Show milestones from' }).getByRole('checkbox', { name: /^Canada/ }),
  ).toBeChecked();
  await expect(page.locator('#milestone-list [data-milestone]:visible')).toHaveCount(canadaCount);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('#milestone-list [data-milestone]:visible')).toHaveCount(records.length);
});

test('a jurisdiction page shows every dimension, its instruments and its sources', async ({ page, request }) => {
  const dimensions = (await (await request.get('/data/dimensions.json')).json()) as { id: string }[];
  expect(dimensions.length).toBeGreaterThan(0);
  await page.goto('/jurisdictions/canada/');
  await expect(page.getByText('G7 member', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Canada');
  await expect(page.getByRole('heading', { name: 'What a researcher here must do' })).toBeVisible();
  const compares = page.getByRole('table', { name: new RegExp(`^Canada on ${dimensions.length} dimensions`) });
  await expect(compares.getByRole('rowheader')).toHaveCount(dimensions.length);
  await expect(page.getByRole('link', { name: 'Compare this jurisdiction with others' }).first()).toHaveAttribute(
    'href',
    '/compare/?j=canada',
  );
  await expect(
    page
      .getByRole('table', { name: /^Canada: laws, policies and guidance/ })
      .getByRole('rowheader')
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  // Every footnote number points at an entry of the numbered source list.
  const broken = await page
    .locator('a.cite')
    .evaluateAll((as) => as.filter((a) => !document.getElementById(a.getAttribute('href')!.slice(1))).length);
  expect(broken).toBe(0);
});

test('the tile map links every jurisdiction by name and the table lists them too', async ({ page, request }) => {
  const jurisdictions = (await (await request.get('/data/jurisdictions.json')).json()) as JurisdictionRecord[];
  await page.goto('/jurisdictions/');
  const map = page.getByRole('group', { name: /Tile map of the/ });
  await expect(map.getByRole('link')).toHaveCount(jurisdictions.length);
  await map.getByRole('link', { name: 'France', exact: true }).click();
  await expect(page).toHaveURL(/\/jurisdictions\/france\/$/);
  await page.goBack();
  await expect(page.getByRole('table', { name: /All \d+ jurisdictions/ }).getByRole('rowheader')).toHaveCount(
    jurisdictions.length,
  );
});

test('national pages reflow at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/jurisdictions/',
    '/jurisdictions/canada/',
    '/compare/',
    '/compare/?j=canada&j=japan',
    '/timeline/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
