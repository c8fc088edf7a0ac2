/**
 * National practices: the comparison picker (differences, address state, downloads), the full
 * matrix CSV, the timeline and its filter, the jurisdiction pages and the tile map.
 */
import { parseCsv } from '#src/lib/csv.ts';
import { readFile } from 'node:fs/promises';
import { axeViolations, expect, test } from './fixtures.ts';

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

test('any number from 2 to all 16 can be picked; fewer than two asks for more', async ({ page }) => {
  test.setTimeout(90_000); // axe over the full matrix and 16 cards takes a while on a busy machine
  await page.goto('/compare/?j=canada');
  const picker = page.getByRole('region', { name: 'Build your own comparison' });
  await expect(picker.getByRole('checkbox', { name: 'Canada', exact: true })).toBeChecked();
  await expect(picker.getByRole('status')).toHaveText('Pick at least 2 jurisdictions to compare.');
  await picker.getByRole('button', { name: 'Add all 16' }).click();
  await expect(
    picker
      .getByRole('checkbox', { checked: true, name: /./ })
      .filter({ hasNot: page.locator('[name="d"], [name="v"], [name="only"]') }),
  ).toHaveCount(16);
  await expect(picker.getByRole('status')).toContainText('Comparing 16 jurisdictions on');
  expect(new URL(page.url()).searchParams.getAll('j')).toHaveLength(16);
  // Sixteen read as cards: one per dimension, a line per jurisdiction.
  const cards = picker.getByRole('region', { name: /^16 jurisdictions on \d+ dimensions$/ });
  await expect(cards.getByRole('article').first().getByRole('definition')).toHaveCount(16);
  expect(await axeViolations(page)).toEqual([]);
  await picker.getByRole('button', { name: 'Clear choices' }).click();
  await expect(page).toHaveURL(/\/compare\/$/);
});

test('the EU has its own group, not under G7 members; one button adds the G7 members and the EU', async ({ page }) => {
  await page.goto('/compare/');
  const picker = page.getByRole('region', { name: 'Build your own comparison' });
  const members = picker.getByRole('group', { name: 'G7 members' });
  const eu = picker.getByRole('group', { name: 'European Union' });
  await expect(members.getByRole('checkbox')).toHaveCount(7);
  await expect(members.getByRole('checkbox', { name: 'European Union' })).toHaveCount(0);
  await expect(eu.getByRole('checkbox', { name: 'European Union', exact: true })).toBeVisible();
  await expect(eu).toContainText('takes part in the G7 but is not one of its members');
  await expect(picker.getByRole('group', { name: 'Other jurisdictions' }).getByRole('checkbox')).toHaveCount(8);
  await picker.getByRole('button', { name: 'Add the G7 members and the EU' }).click();
  await expect(picker.getByRole('status')).toContainText('Comparing 8 jurisdictions on');
  await expect(eu.getByRole('checkbox', { name: 'European Union', exact: true })).toBeChecked();
});

test('"only differences" drops the redundant tint and markers; the view stays in words', async ({ page }) => {
  await page.goto('/compare/?j=canada&j=france&j=united-states');
  const picker = page.getByRole('region', { name: 'Build your own comparison' });
  const table = picker.getByRole('table');
  await expect(table.locator('tr.is-different').first()).toBeVisible();
  await picker.getByRole('checkbox', { name: 'Show only differences' }).check();
  await expect(table.locator('tr.is-different')).toHaveCount(0);
  await expect(table.getByText('Differs')).toHaveCount(0);
  await expect(picker.getByRole('status')).toContainText('differ');
});

test('Copy link copies the address of the view, or selects it when the clipboard is refused', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/compare/?j=canada&j=japan');
  const picker = page.getByRole('region', { name: 'Build your own comparison' });
  await picker.getByRole('button', { name: 'Copy link' }).click();
  await expect(picker.getByRole('status')).toContainText('The link to this view is copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/compare\/\?j=canada&j=japan$/);

  // A browser that refuses: the address is selected in the field for the reader to copy.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
  });
  await picker.getByRole('checkbox', { name: 'France', exact: true }).check();
  await picker.getByRole('button', { name: 'Copy link' }).click();
  const field = picker.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/\/compare\/\?j=canada&j=japan&j=france$/);
  expect(
    await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)),
  ).toBe(await field.inputValue());
  await expect(picker.getByRole('status')).toContainText('the link is selected in the field');
});

for (const width of [360, 320]) {
  test(`at ${width} px the picked view reads without sideways scrolling, even with all 16`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const all = [
      'canada',
      'france',
      'germany',
      'italy',
      'japan',
      'united-kingdom',
      'united-states',
      'european-union',
      'australia',
      'belgium',
      'denmark',
      'finland',
      'netherlands',
      'new-zealand',
      'norway',
      'sweden',
    ];
    for (const query of ['j=canada&j=france&j=european-union', all.map((j) => `j=${j}`).join('&')]) {
      await page.goto(`/compare/?${query}`);
      const picker = page.getByRole('region', { name: 'Build your own comparison' });
      await expect(picker.getByRole('status')).toContainText('Comparing');
      await expect(picker.getByRole('table')).toBeHidden();
      await expect(picker.getByRole('article').first()).toBeVisible();
      const overflow = await page.evaluate(() => {
        const wide = [...document.querySelectorAll('.picker *')].filter(
          (el) => el.getBoundingClientRect().right > window.innerWidth + 1,
        );
        return {
          page: document.documentElement.scrollWidth,
          wide: wide.map((el) => el.className || el.tagName).slice(0, 5),
        };
      });
      expect(overflow.wide).toEqual([]);
      expect(overflow.page).toBeLessThanOrEqual(width);
    }
  });
}

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

test('when the comparison cannot be fetched, the picker says so and points to the full table', async ({
  page,
  watch,
}) => {
  watch.allowConsole.push(/ERR_FAILED/); // the browser logs the aborted request
  await page.route('**/compare/matrix.en.json', (route) => route.abort());
  await page.goto('/compare/?j=canada&j=japan');
  const picker = page.getByRole('region', { name: 'Build your own comparison' });
  await expect(picker.getByRole('alert')).toContainText('could not be loaded');
  await expect(picker.getByRole('checkbox', { name: 'Canada', exact: true })).toBeDisabled();
  await expect(page.getByRole('table', { name: /^Full comparison/ })).toBeVisible();
});
