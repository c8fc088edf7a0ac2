/** At-risk research areas: the explorer, the lists crosswalk and an area page (JavaScript on). */
import { axeViolations, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function openExplorer(page: Page) {
  await page.goto('/areas/explorer/');
  const field = page.getByRole('textbox', { name: 'Describe your field or type keywords' });
  await expect(field).toBeEnabled(); // enabled once the island has hydrated
  return field;
}

const results = (page: Page) =>
  page
    .getByRole('region', { name: 'Matching areas' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
const firstResult = (page: Page) => results(page).first().getByRole('heading', { level: 3 });

test.describe('explorer', () => {
  test('says it runs on the device and hides the no-JavaScript note', async ({ page }) => {
    await openExplorer(page);
    await expect(page.getByText('The explorer runs on your device.')).toBeVisible();
    await expect(page.getByText('The explorer needs JavaScript')).toHaveCount(0);
  });

  for (const [input, area] of [
    ['CRISPR', 'Biotechnology'],
    ['qubit', 'Quantum technologies'],
    ['lidar', 'Advanced sensing and surveillance'],
    ['I work on gene drives in mosquitoes', 'Biotechnology'],
  ] as const) {
    test(`"${input}" ranks ${area} first`, async ({ page }) => {
      const field = await openExplorer(page);
      await field.fill(input);
      await expect(firstResult(page)).toHaveText(area);
      await expect(page.getByRole('status')).toHaveText(/^\d+ matching areas?$/);
    });
  }

  test('a result says why it matched, which lists name it, what to ask and what to do next', async ({ page }) => {
    const field = await openExplorer(page);
    await field.fill('CRISPR');
    const first = results(page).first();
    await expect(first.getByRole('definition').first()).toContainText('crispr');
    await expect(first.getByText(/Canada STRA \(Canada\)/)).toBeVisible();
    await expect(first.getByRole('heading', { name: 'Questions to consider' })).toBeVisible();
    await expect(first.getByRole('link', { name: /security relevance/i })).toBeVisible();
    await first.getByRole('link', { name: 'Biotechnology' }).click();
    await expect(page).toHaveURL(/\/areas\/biotechnology\/$/);
  });

  test('no result still offers a next step', async ({ page }) => {
    const field = await openExplorer(page);
    await field.fill('xqzv blorfle wugga');
    await expect(page.getByRole('status')).toContainText('No area matched');
    await expect(page.getByText('That does not mean your work carries no risk')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Browse all areas A–Z' })).toHaveAttribute('href', '#a-z');
    await page.getByRole('link', { name: /Security relevance of your project/ }).click();
    await expect(page).toHaveURL(/\/checklists\/security-relevance\/$/);
  });

  test('a suggestion fills the field and a discipline adds areas', async ({ page }) => {
    const field = await openExplorer(page);
    await field.fill('quantom');
    await page.getByRole('button', { name: 'quantum', exact: true }).click();
    await expect(field).toHaveValue('quantum');
    await expect(firstResult(page)).toHaveText('Quantum technologies');
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(field).toHaveValue('');
    await page.getByText('Pick your discipline').click();
    await page.getByRole('checkbox', { name: 'Molecular biology' }).check();
    await expect(firstResult(page)).toHaveText('Biotechnology');
    await expect(page.getByRole('status')).toHaveText('1 matching area');
  });

  test('has no axe violations with results, with no result and with the picker open', async ({ page }) => {
    test.slow(); // two axe runs over a long page
    const axe = () => axeViolations(page);
    const field = await openExplorer(page);
    await field.fill('machine learning for drones');
    await expect(firstResult(page)).toBeVisible();
    await page.getByText('Pick your discipline').click();
    expect(await axe()).toEqual([]);
    await field.fill('xqzv blorfle');
    await expect(page.getByRole('status')).toContainText('No area matched');
    expect(await axe()).toEqual([]);
  });

  test('works with the keyboard at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    const field = await openExplorer(page);
    await field.focus();
    await page.keyboard.type('lidar');
    await expect(firstResult(page)).toHaveText('Advanced sensing and surveillance');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the crosswalk has a column per list and a row per technology area', async ({ page, request }) => {
  const areas = (await (await request.get('/data/areas.json')).json()) as { kind: string }[];
  const lists = (await (await request.get('/data/technology-lists.json')).json()) as unknown[];
  await page.goto('/areas/crosswalk/');
  const table = page.getByRole('table', { name: /Technology areas \(rows\)/ });
  const listColumns = table
    .getByRole('columnheader')
    .filter({ hasNot: page.getByText(/^(Technology area|Lists naming it)$/) });
  await expect(listColumns).toHaveCount(lists.length);
  await expect(table.getByRole('rowheader')).toHaveCount(areas.filter((a) => a.kind === 'technology').length);
  const bio = table.getByRole('row', { name: /^Biotechnology/ });
  await expect(bio).toContainText('Life Science Technology');
  await expect(table.getByText('not named').first()).toBeAttached();
  // Each list is described on the page, where its column header points.
  const header = listColumns.first().getByRole('link');
  const href = await header.getAttribute('href');
  expect(href).toMatch(/^\/areas\/crosswalk\/#list-/);
  await expect(page.locator(href!.replace('/areas/crosswalk/', ''))).toHaveCount(1);
});

test('an area page lists the lists that name it, with sources', async ({ page }) => {
  await page.goto('/areas/quantum/');
  await expect(page.getByText('Technology area', { exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: 'National and EU lists that name Quantum technologies' });
  expect(await table.getByRole('rowheader').count()).toBeGreaterThanOrEqual(6);
  await expect(table.getByRole('rowheader', { name: 'Canada STRA' })).toBeVisible();
  await expect(table.getByText('Yes: the list marks it as highest-risk')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Questions to ask about your work' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  const sourceLink = table.getByRole('link', { name: /^source \d+$/ }).first();
  const target = await sourceLink.getAttribute('href');
  await expect(page.locator(target!)).toBeAttached();
});

test('a kind of area links to its technology areas', async ({ page }) => {
  await page.goto('/areas/dual-use/');
  await expect(page.getByText('Kind of at-risk area', { exact: true })).toBeVisible();
  const section = page.getByRole('region', { name: 'Technology areas of this kind' });
  await expect(section.getByRole('link', { name: 'Biotechnology' })).toBeVisible();
});

test('the areas index shows the six kinds, the technology areas and the A–Z list', async ({ page }) => {
  await page.goto('/areas/');
  await expect(page.getByRole('region', { name: 'Six kinds of at-risk area (G7)' }).getByRole('listitem')).toHaveCount(
    6,
  );
  await expect(
    page.getByRole('region', { name: 'Technology areas' }).getByRole('heading', { level: 3 }).first(),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Try the explorer/ })).toHaveAttribute('href', '/areas/explorer/');
  await expect(page.getByRole('link', { name: 'Compare the national lists side by side' })).toHaveAttribute(
    'href',
    '/areas/crosswalk/',
  );
  await expect(page.getByRole('region', { name: /All areas A–Z/ })).toContainText('crispr');
});

test('area pages reflow at 320 px; wide tables scroll inside their region', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    '/areas/',
    '/areas/crosswalk/',
    '/areas/biotechnology/',
    '/areas/dual-use/',
    '/areas/explorer/',
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  const region = page.getByRole('region', { name: /Lists at a glance/ });
  await region.focus();
  await expect(region).toBeFocused();
});
