/**
 * The framework knowledge base: practice pages with their four stakeholder sections, values and
 * principles found first by name in search, the glossary A–Z with its auto-links, the crosswalk table.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Record_ {
  id: string;
  url: string;
  title: string;
}
const data = (name: string): Record_[] =>
  existsSync(`dist/data/${name}.json`) ? (JSON.parse(readFileSync(`dist/data/${name}.json`, 'utf8')) as Record_[]) : [];
const STAKEHOLDERS = ['governments', 'funders', 'institutions', 'researchers'];
const practices = data('practices');
const named = [...data('values'), ...data('principles')];

/** Every id on the page appears once. */
async function expectUniqueIds(page: Page) {
  const dupes = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(dupes).toEqual([]);
}

test('the four practices are listed and built', () => {
  expect(practices.map((p) => p.id).sort()).toEqual([
    'awareness-and-dialogue',
    'due-diligence-and-transparency',
    'identify-at-risk-areas',
    'risk-mitigation',
  ]);
});

for (const practice of practices) {
  test(`practice page ${practice.id} shows four stakeholder sections, each with actions`, async ({ page }) => {
    await page.goto(practice.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(practice.title);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    for (const key of STAKEHOLDERS) {
      const section = page.locator(`section#${key}`);
      await expect(section.getByRole('heading', { level: 2 })).toBeVisible();
      await expect(section.getByRole('heading', { level: 3, name: 'What to do' })).toBeVisible();
      expect(
        await section.getByRole('list', { name: 'What to do' }).getByRole('listitem').count(),
      ).toBeGreaterThanOrEqual(3);
      await expect(toc.locator(`a[href="#${key}"]`)).toHaveCount(1);
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
    await expectUniqueIds(page);
  });
}

test('a TOC link moves to the stakeholder section', async ({ page }) => {
  await page.goto('/practices/risk-mitigation/');
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Researchers' }).click();
  await expect(page).toHaveURL(/#researchers$/);
  await expect(page.locator('section#researchers')).toBeInViewport();
});

test('a stakeholder page has its role under each of the four practices', async ({ page }) => {
  await page.goto('/stakeholders/funders/');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Responsibilities across the four practices' }),
  ).toBeVisible();
  for (const practice of practices) {
    const section = page.locator(`section#${practice.id}`);
    await expect(section.getByRole('heading', { level: 2, name: practice.title })).toBeVisible();
    await expect(section.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute(
      'href',
      `${practice.url}#funders`,
    );
    expect(await section.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
  }
  await expectUniqueIds(page);
});

for (const entry of named) {
  test(`searching "${entry.title}" finds ${entry.url} first`, async ({ page }) => {
    await page.goto('/search/');
    // Type once the search is ready (its facets are drawn): see the note in the report on search-ui.ts.
    await expect(page.locator('.search-facets fieldset').first()).toBeAttached();
    await page.getByLabel('Search the academy').fill(entry.title);
    await expect(page.getByRole('status')).toHaveText(/\d+ results?/);
    // The result's title link (a result may also link to the sections of its page where the words are).
    await expect(page.locator('.search-result').first().locator('h3 a')).toHaveAttribute('href', entry.url);
  });
}

test('value and principle pages are titled by their name, with practice links, tensions and sources', async ({
  page,
}) => {
  for (const entry of named.slice(0, 2).concat(named.slice(-2))) {
    await page.goto(entry.url);
    await expect(page).toHaveTitle(new RegExp(`^${entry.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
    await expect(page.getByRole('heading', { level: 2, name: 'Tensions and how to balance them' })).toBeVisible();
    expect(
      await page.getByRole('list', { name: 'Best practices that put it to work' }).getByRole('link').count(),
    ).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
    await expectUniqueIds(page);
  }
});

test('the glossary lists every term A–Z with its id, and translations carry their language', async ({ page }) => {
  const terms = data('glossary');
  await page.goto('/glossary/');
  const articles = page.locator('main article.term');
  await expect(articles).toHaveCount(terms.length);
  for (const term of terms) await expect(page.locator(`article[id="${term.id}"]`)).toHaveCount(1);
  // Every translated term is marked with its language.
  const langs = await page
    .locator('.translations dd > span')
    .evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
  expect(langs.every((l) => l && /^(fr|de|it|ja|nl)$/.test(l))).toBe(true);
  // The A–Z jump links lead to letter headings.
  const jump = page.getByRole('navigation', { name: 'Jump to a letter' });
  await jump.getByRole('link').first().click();
  await expect(page).toHaveURL(/#letter-[a-z]$/);
  await expectUniqueIds(page);
});

test('a glossary link in a practice page leads to an existing entry on /glossary/', async ({ page }) => {
  test.skip(data('glossary').length === 0, 'no glossary terms in this build');
  await page.goto('/practices/awareness-and-dialogue/');
  const links = page.locator('main .prose a.glossary-term');
  expect(await links.count()).toBeGreaterThan(0);
  // Each term is linked once per page.
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  // Never inside a heading.
  await expect(page.locator('main :is(h1, h2, h3, h4) a.glossary-term')).toHaveCount(0);
  const href = hrefs[0]!;
  expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
  const target = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(target).toHaveCount(1);
  await expect(target).toBeInViewport();
  // The glossary page itself is never auto-linked.
  await expect(page.locator('a.glossary-term')).toHaveCount(0);
});

test('the crosswalk is a table with headers, row ids and numbered sources', async ({ page }) => {
  const frameworks = data('crosswalk-frameworks');
  const rows = data('crosswalk');
  await page.goto('/framework/crosswalk/');
  const table = page.getByRole('table');
  await expect(table.locator('caption')).not.toBeEmpty();
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(frameworks.length + 1);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(rows.length);
  for (const row of rows) await expect(table.locator(`th[scope="row"][id="${row.id}"]`)).toHaveCount(1);
  for (const fw of frameworks) await expect(page.locator(`section[id="framework-${fw.id}"]`)).toHaveCount(1);
  // Every citation points at a numbered source listed at the end.
  const cites = await page
    .locator('main a.cite')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href')))]);
  expect(cites.length).toBeGreaterThan(0);
  for (const href of cites) await expect(page.locator(`.source-list li[id="${href!.slice(1)}"]`)).toHaveCount(1);
  await expectUniqueIds(page);
});

test('at 320 px the crosswalk table scrolls inside its region, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/framework/crosswalk/');
  const region = page.getByRole('region', { name: /Crosswalk table/ });
  await expect(region).toHaveAttribute('tabindex', '0');
  const sizes = await region.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    page: document.documentElement.scrollWidth,
  }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(sizes.page).toBeLessThanOrEqual(320);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('the framework page maps practices, stakeholders, values and principles', async ({ page }) => {
  await page.goto('/framework/');
  const overview = page.locator('section.overview');
  for (const name of ['practices', 'stakeholders', 'values', 'principles'] as const) {
    for (const entry of data(name)) await expect(overview.locator(`a[href="${entry.url}"]`)).toHaveCount(1);
  }
  await expectUniqueIds(page);
});
