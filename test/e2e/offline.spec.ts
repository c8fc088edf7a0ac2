/**
 * The offline copy (/offline/): nothing is saved until the reader asks; after saving, pages,
 * search and training work with the network cut; an unknown address gets the saved 404 page with
 * status 404 and a note that the reader is offline; removing the copy
 * leaves nothing behind.
 */
import { axeViolations, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const cacheNames = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('va-offline-')));
const workers = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

test('save the academy, use it without a connection, then remove it', async ({ page, context, watch }) => {
  test.setTimeout(90_000);
  // Offline, the browser reports the failed network attempt before the copy answers.
  watch.allowConsole.push(/ERR_INTERNET_DISCONNECTED/);
  // The unknown address answered offline with the saved 404 page: the browser logs the status.
  watch.allowConsole.push(/status of 404 \(Not Found\)/);

  await page.goto('/offline/');
  const region = page.locator('[data-offline]');
  await expect(
    region.getByText(/Nothing is saved on this device yet\. A copy takes about [\d.]+ MB \(\d+ files\)\./),
  ).toBeVisible();
  expect(await cacheNames(page)).toEqual([]);
  expect(await workers(page)).toBe(0);

  // Saving: keyboard operable, progress announced at the end in the status region.
  const save = page.getByRole('button', { name: 'Save for offline use' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/Saved: \d+ files/, { timeout: 60_000 });
  await expect(region.getByText(/A copy is saved on this device, from .+ It is up to date\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Update the saved copy' })).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  expect(await cacheNames(page)).toHaveLength(1);
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  try {
    // A page never opened before, from the copy.
    await page.goto('/jurisdictions/canada/');
    await expect(page.getByRole('heading', { level: 1, name: 'Canada' })).toBeVisible();
    // Its scripts and styles come from the copy too: the page is styled.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');

    // Search works offline.
    await page.goto('/search/?q=quantum');
    await expect(page.getByRole('link', { name: /Quantum/ }).first()).toBeVisible({ timeout: 15_000 });

    // A training module with its quiz island.
    await page.goto('/training/why-it-matters/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /check|submit/i }).first()).toBeVisible();

    // An address that is not in the copy: the saved 404 page, with status 404, says the reader is offline.
    const missing = await page.goto('/no-such-page/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(
      page.getByText('You are offline, and this address is not in the copy of the academy saved on this device.'),
    ).toBeVisible();
  } finally {
    await context.setOffline(false);
  }

  await page.goto('/offline/');
  await page.getByRole('button', { name: 'Remove the saved copy' }).click();
  await expect(page.getByRole('status')).toHaveText('The saved copy was removed from this device.');
  await expect(region.getByText(/Nothing is saved on this device yet/)).toBeVisible();
  expect(await cacheNames(page)).toEqual([]);
  expect(await workers(page)).toBe(0);
});

test('a save cut short by a lost connection keeps nothing, and says so', async ({ page, context, watch }) => {
  // The browser logs each file that could not be fetched once the network is gone.
  watch.allowConsole.push(/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/);
  await page.goto('/offline/');
  await page.getByRole('button', { name: 'Save for offline use' }).click();
  await page.locator('[data-offline-progress]:not([hidden])').waitFor();
  await context.setOffline(true);
  try {
    await expect(page.getByRole('status')).toContainText('That did not work', { timeout: 20_000 });
    await expect(
      page.locator('[data-offline]').getByText(/whether a newer version exists cannot be checked/),
    ).toBeVisible();
    // Cache Storage settles asynchronously after the aborted writes.
    await expect.poll(() => cacheNames(page)).toEqual([]);
    await expect.poll(() => workers(page)).toBe(0);
  } finally {
    await context.setOffline(false);
  }
});

test('the remains of an interrupted save are cleared when /offline/ is opened again', async ({ page }) => {
  await page.goto('/offline/');
  await expect(page.locator('[data-offline]').getByText(/Nothing is saved on this device yet/)).toBeVisible();
  // A cache without its manifest, as a tab closed in the middle of a save leaves it.
  await page.evaluate(async () => (await caches.open('va-offline-0123456789abcdef')).put('/', new Response('partial')));
  await page.reload();
  await expect(page.locator('[data-offline]').getByText(/Nothing is saved on this device yet/)).toBeVisible();
  await expect.poll(() => cacheNames(page)).toEqual([]);
});

test('no other page registers a service worker or saves anything', async ({ page }) => {
  for (const path of ['/', '/training/why-it-matters/', '/checklists/', '/compare/']) {
    await page.goto(path);
    expect(await workers(page), path).toBe(0);
    expect(await cacheNames(page), path).toEqual([]);
  }
});
