/** The policy tracker (/tracker/), its instrument pages and the timeline's filter, in the browser. */
import { expect, test } from './fixtures.ts';

interface InstrumentRecord {
  id: string;
  title: string;
  jurisdiction?: string;
  status: string;
  stakeholders: string[];
  supersededBy?: string;
}

test('the tracker lists every instrument; the filter narrows it, announces the count and keeps the address', async ({
  page,
  request,
}) => {
  const records = (await (await request.get('/data/instruments.json')).json()) as InstrumentRecord[];
  const total = records.length;
  await page.goto('/tracker/');
  const items = page.locator('#instrument-list [data-instrument]');
  await expect(items).toHaveCount(total);
  const status = page.locator('.tracker-filter__status');
  await expect(status).toHaveText(`Showing all ${total} instruments.`);

  const canada = records.filter((r) => r.jurisdiction === 'canada');
  const filter = page.getByRole('group', { name: 'Filter the list' });
  await filter
    .getByRole('group', { name: 'Jurisdiction' })
    .getByRole('checkbox', { name: /^Canada/ })
    .check();
  await expect(status).toHaveText(`Showing ${canada.length} of ${total} instruments.`);
  await expect(page.getByRole('heading', { level: 2, name: `${canada.length} of ${total} instruments` })).toBeVisible();
  await expect(page.locator('#instrument-list [data-instrument]:visible')).toHaveCount(canada.length);
  await expect(page).toHaveURL(/\/tracker\/\?j=canada$/);

  const inForce = canada.filter((r) => r.status === 'in-force' && r.stakeholders.includes('researchers'));
  await filter
    .getByRole('group', { name: 'Status' })
    .getByRole('checkbox', { name: /^In force \(/ })
    .check();
  await filter
    .getByRole('group', { name: 'Applies to' })
    .getByRole('checkbox', { name: /^Researchers/ })
    .check();
  await expect(status).toHaveText(`Showing ${inForce.length} of ${total} instruments.`);
  await expect(page).toHaveURL(/\?j=canada&status=in-force&who=researchers$/);

  await page.reload();
  await expect(page.locator('#instrument-list [data-instrument]:visible')).toHaveCount(inForce.length);
  await expect(filter.getByRole('checkbox', { name: /^Canada/ })).toBeChecked();

  await filter.getByLabel('From (year)').selectOption('2026');
  await expect(page).toHaveURL(/from=2026/);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(items.filter({ visible: true })).toHaveCount(total);
  await expect(page).toHaveURL(/\/tracker\/$/);
});

test('an instrument that was replaced says so, and links to what replaced it', async ({ page, request }) => {
  const records = (await (await request.get('/data/instruments.json')).json()) as InstrumentRecord[];
  const old = records.find((r) => r.status === 'superseded' && r.supersededBy)!;
  const replacement = records.find((r) => r.id === old.supersededBy)!;
  await page.goto(`/tracker/${old.id}/`);
  const banner = page.getByRole('note');
  await expect(banner).toContainText('This instrument no longer applies');
  await banner.getByRole('link', { name: replacement.title }).click();
  await expect(page).toHaveURL(new RegExp(`/tracker/${replacement.id}/$`));
  await expect(page.getByRole('heading', { name: 'Change history' })).toBeVisible();
  await expect(page.locator('.page-history').getByText(/Next review due/)).toBeVisible();
});

test('the timeline filter narrows the chart and the list, and the heading gives the count', async ({
  page,
  request,
}) => {
  const records = (await (await request.get('/data/timeline.json')).json()) as { jurisdiction?: string }[];
  await page.goto('/timeline/?j=japan');
  const japan = records.filter((r) => r.jurisdiction === 'japan').length;
  await expect(
    page.getByRole('heading', { level: 2, name: `${japan} of ${records.length} milestones, by year` }),
  ).toBeVisible();
  await expect(page.locator('#timeline-chart circle.dot:visible')).toHaveCount(japan);
  // The filter comes before what it filters.
  const filterTop = await page.locator('[data-timeline-filter]').evaluate((e) => e.getBoundingClientRect().top);
  const chartTop = await page.locator('#timeline-chart').evaluate((e) => e.getBoundingClientRect().top);
  expect(filterTop).toBeLessThan(chartTop);
});

test('the tracker, an instrument page and what’s new reflow at 320 px without horizontal scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/tracker/', '/tracker/au-critical-technologies-list-2021/', '/whats-new/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
