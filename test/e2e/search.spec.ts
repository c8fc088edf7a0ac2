/**
 * Search in the browser: a query finds the expected page first; a glossary term is its own result;
 * the reader's words are widened and misspellings corrected, and the page says so; facet counts
 * equal the results of ticking them and a value that would give none is disabled; the count
 * announced matches the list; facets alone browse; facet values are keys in the address, the same in
 * every language, shown with the page's labels, and old addresses with labels still select; the
 * dialog loads on demand.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures.ts';

const results = (page: Page) => page.locator('.search-results > .search-result');
const status = (page: Page) => page.locator('.search-results-box [role=status]');

/** The number the status line announces ("57 results …"), once it is not loading. */
async function announced(page: Page): Promise<number> {
  await expect(status(page)).toHaveText(/^(\d+ results?|No results)/);
  const text = (await status(page).textContent()) ?? '';
  return /^No results/.test(text) ? 0 : Number(/^(\d+)/.exec(text)![1]);
}

test('a search on the search page finds the expected page first', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search the academy').fill('restricted regime zone');
  await expect(status(page)).toHaveText(/\d+ results?/);
  await expect(results(page).first()).toContainText(/Restricted-regime zone|ZRR/i);
});

test('a glossary term is a result of its own, linked to its anchor', async ({ page }) => {
  await page.goto('/search/?q=clean%20device');
  const first = results(page).first();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/glossary/#clean-device');
  await expect(first.locator('.tag')).toHaveText('Glossary term');
});

test('the reader’s words are widened, and a misspelling is corrected, and the page says so', async ({ page }) => {
  await page.goto('/search/?q=laptop%20abroad');
  await expect(page.locator('.search-note')).toContainText('Also searching for: device');
  await page.goto('/search/?q=quantm');
  const note = page.locator('.search-note').first();
  await expect(note).toContainText('Did you mean quantum?');
  await expect(results(page).first()).toContainText('Quantum technologies');
  await note.getByRole('link', { name: 'quantum' }).click();
  await expect(page.getByLabel('Search the academy')).toHaveValue('quantum');
  await expect(page).toHaveURL(/q=quantum$/);
  await expect(page.locator('.search-note')).toHaveCount(0);
});

test('the count announced matches the results listed', async ({ page }) => {
  await page.goto('/search/?q=research');
  const n = await announced(page);
  expect(n).toBeGreaterThan(20);
  await expect(status(page)).toHaveText(`${n} results (showing the first 20)`);
  await expect(results(page)).toHaveCount(20);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results(page)).toHaveCount(Math.min(40, n));
  await expect(status(page)).toHaveText(n > 40 ? `${n} results (showing the first 40)` : `${n} results`);
});

/** Each enabled value of a facet: its count, then the results when it alone is ticked. */
async function checkFacet(page: Page, legend: string, limit: number): Promise<number> {
  const fieldset = page.locator('.search-facets fieldset', { has: page.locator('legend', { hasText: legend }) });
  const rows = fieldset.locator('.check');
  let checked = 0;
  for (let i = 0; i < (await rows.count()) && checked < limit; i++) {
    const box: Locator = rows.nth(i).locator('input');
    if (await box.isDisabled()) {
      await expect(rows.nth(i).locator('.count')).toHaveText('(0)');
      continue;
    }
    const count = Number(/\((\d+)\)/.exec((await rows.nth(i).locator('.count').textContent()) ?? '')![1]);
    await box.check();
    await expect.poll(() => announced(page), `${legend}: ${await box.getAttribute('value')}`).toBe(count);
    await expect(results(page)).toHaveCount(Math.min(count, 20));
    await box.uncheck();
    checked++;
  }
  return checked;
}

test('facet counts are for the query: each equals the results of ticking it, and 0 is disabled', async ({ page }) => {
  await page.goto('/search/?q=export%20control');
  const total = await announced(page);
  await expect(page.locator('.search-facets .count').first()).toHaveText(/\(\d+\)/);
  expect(await checkFacet(page, 'Content type', 6)).toBeGreaterThan(2);
  expect(await checkFacet(page, 'Jurisdiction', 3)).toBeGreaterThan(0);
  await expect.poll(() => announced(page)).toBe(total);
  // A value no result has is disabled and says 0.
  await expect(page.locator('.search-facets .check--none').first()).toContainText('(0)');
  await expect(page.locator('.search-facets .check--none input').first()).toBeDisabled();
});

test('facet counts follow the other facets’ choices', async ({ page }) => {
  await page.goto('/search/?q=due%20diligence&type=caseStudy');
  await announced(page);
  expect(await checkFacet(page, 'Stakeholder', 4)).toBeGreaterThan(0);
});

test('browsing by a facet alone lists matching pages and announces the count', async ({ page }) => {
  await page.goto('/search/');
  const box = page.locator('.search-facets').getByLabel(/^Source/);
  const count = Number(/\((\d+)\)/.exec((await box.locator('xpath=..').textContent()) ?? '')?.[1]);
  await box.check();
  await expect(page).toHaveURL(/type=source$/);
  await expect.poll(() => announced(page)).toBe(count);
  await expect(results(page).first().locator('.tag')).toHaveText('Source');
});

test('a shared search URL restores query and filters', async ({ page }) => {
  await page.goto('/search/?type=source');
  await expect(page.locator('.search-facets').getByLabel(/^Source/)).toBeChecked();
  await expect(status(page)).toHaveText(/\d+ results?/);
});

test('the same address selects the same facet in French, shown with its French label', async ({ page }) => {
  await page.goto('/fr/search/?type=module');
  const box = page.locator('.search-facets').getByLabel(/^Module de formation/);
  await expect(box).toBeChecked();
  await expect(box).toHaveValue('module');
  await expect(status(page)).toHaveText(/^\d+ résultats?/);
  const count = Number(/\((\d+)\)/.exec((await box.locator('xpath=..').textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(5);
  await expect(status(page)).toHaveText(new RegExp(`^${count} résultats?`));
  await expect(results(page).first().locator('.tag')).toHaveText('Module de formation');
  await expect(results(page).first().getByRole('link').first()).toHaveAttribute('href', /^\/fr\/training\//);
  await expect(page).toHaveURL(/\/fr\/search\/\?type=module$/);
});

test('an address shared with the old labels still selects, and is rewritten with keys', async ({ page }) => {
  await page.goto('/search/?type=Case+study&jurisdiction=Canada');
  await expect(page.locator('.search-facets').getByLabel(/^Case study/)).toBeChecked();
  await expect(page.locator('.search-facets').getByLabel(/^Canada/)).toBeChecked();
  await expect(page).toHaveURL(/\?type=caseStudy&jurisdiction=canada$/);
  expect(await announced(page)).toBeGreaterThan(0);
  await page.goto('/fr/search/?type=Case+study');
  await expect(page.locator('.search-facets').getByLabel(/^Étude de cas/)).toBeChecked();
  await expect(page).toHaveURL(/\?type=caseStudy$/);
});

test('the search page and its results pass axe', async ({ page }) => {
  await page.goto('/search/?q=quantm');
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('.search-facets .count').first()).toHaveText(/\(\d+\)/);
  expect(await axeViolations(page)).toEqual([]);
});

test('the header search dialog loads search only when opened, and passes axe', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.goto('/');
  expect(pagefindRequests).toEqual([]);
  await page.getByRole('link', { name: 'Search', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Search the academy').fill('G7');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results?/);
  expect(pagefindRequests.length).toBeGreaterThan(0);
  await expect(dialog.locator('.search-facets .count').first()).toHaveText(/\(\d+\)/);
  // The facet labels come from /search/labels.en.json (no page carries them): labels, not keys.
  await expect(dialog.locator('.search-facets')).toContainText('Training module');
  await expect(dialog.locator('.search-facets')).not.toContainText('caseStudy');
  expect(await axeViolations(page)).toEqual([]);
  // The first Escape clears the search field (native behaviour), the second closes the dialog.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Search', exact: true }).first()).toBeFocused();
});

test('words typed in the dialog while search is still loading are searched once it is ready', async ({ page }) => {
  // A slow connection: Pagefind's script arrives a second after it is asked for.
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1000));
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Search', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  const field = dialog.getByLabel('Search the academy');
  await field.pressSequentially('quantum', { delay: 60 });
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results?/);
  await expect(dialog.locator('.search-result').first()).toContainText(/quantum/i);
  // Typing after the first search starts a new one.
  await field.fill('export control');
  await expect(dialog.locator('.search-result').first()).toContainText(/export/i);
});

test('on /fr/ the search page and the header dialog search the French index only, in French', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/fr/search/?q=double%20usage');
  await expect(page.getByLabel('Rechercher dans l’académie')).toHaveValue('double usage');
  await expect(status(page)).toHaveText(/^\d+ résultats?/);
  await expect(results(page).first()).toBeVisible();
  const hrefs = await results(page)
    .locator('a')
    .first()
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const all = await page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs[0]).toMatch(/^\/fr\//);
  expect(all.length).toBeGreaterThan(0);
  expect(all.filter((h) => h.startsWith('/') && !h.startsWith('/fr/'))).toEqual([]);
  expect(requests).toContain('/search/lexicon.fr.json');
  expect(requests.some((p) => /^\/pagefind\/index\/fr_/.test(p) || /^\/pagefind\/pagefind\.fr_/.test(p))).toBe(true);
  expect(requests.filter((p) => /^\/pagefind\/(index\/en_|pagefind\.en_)|lexicon\.en\.json/.test(p))).toEqual([]);

  // The header dialog on a French page: French words, French pages.
  await page.goto('/fr/glossary/');
  await page.getByRole('link', { name: 'Rechercher', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Rechercher dans l’académie').fill('doctorant');
  // The glossary is a long page: on a loaded machine the dialog's first search takes a while.
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ résultats?/, { timeout: 30_000 });
  const found = await dialog
    .locator('.search-results a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(found.length).toBeGreaterThan(0);
  expect(found.filter((h) => h.startsWith('/') && !h.startsWith('/fr/'))).toEqual([]);
  await expect(dialog.locator('.search-facets')).toContainText('Module de formation');
  expect(await axeViolations(page)).toEqual([]);
});
