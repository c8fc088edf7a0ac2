/**
 * The offline copy (/offline/, /fr/offline/): nothing is saved until the reader asks; a copy holds
 * the language of the page it was saved from; after saving, pages, search and training in that
 * language work with the network cut; an unknown address gets the saved 404 page with status 404 and
 * a note that the reader is offline; a page of a language that is not saved gets the offline page,
 * which explains it; both languages can be saved side by side; removing a copy leaves the other.
 */
import { axeViolations, expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

const cacheNames = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('va-offline-')));
const workers = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
/** The addresses saved in every copy on this device. */
const savedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith('va-offline-')) continue;
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });

test('save the academy in English, use it without a connection, then remove it', async ({ page, context, watch }) => {
  test.setTimeout(90_000);
  // Offline, the browser reports the failed network attempt before the copy answers.
  watch.allowConsole.push(/ERR_INTERNET_DISCONNECTED/);
  // The unknown address answered offline with the saved 404 page: the browser logs the status.
  watch.allowConsole.push(/status of 404 \(Not Found\)/);

  await page.goto('/offline/');
  const region = page.locator('[data-offline]');
  await expect(
    region.getByText(
      /The academy in English is not saved on this device yet\. A copy takes about [\d.]+ MB \(\d+ files\)\./,
    ),
  ).toBeVisible();
  expect(await cacheNames(page)).toEqual([]);
  expect(await workers(page)).toBe(0);

  // Saving: keyboard operable, progress announced at the end in the status region.
  const save = page.getByRole('button', { name: 'Save for offline use' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(/Saved: \d+ files/, { timeout: 60_000 });
  await expect(region.getByText(/A copy in English is saved on this device, from .+ It is up to date\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Update the saved copy' })).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  expect(await cacheNames(page)).toEqual([expect.stringMatching(/^va-offline-en-[0-9a-f]+$/)]);
  // The English pages and search index, not the French ones.
  const paths = await savedPaths(page);
  expect(paths).toContain('/jurisdictions/canada/');
  expect(paths).toContain('/pagefind/wasm.en.pagefind');
  expect(paths.filter((p) => p.startsWith('/fr/') || /[/.]fr[._]/.test(p))).toEqual([]);
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

    // A French page, French not saved: the English offline page explains, in English.
    await page.goto('/fr/jurisdictions/canada/');
    await expect(page.getByRole('heading', { level: 1, name: 'Use the academy offline' })).toBeVisible();
    await expect(
      page.getByText(/You are offline, and the page you asked for is in French, which is not saved on this device\./),
    ).toBeVisible();
  } finally {
    await context.setOffline(false);
  }

  await page.goto('/offline/');
  await page.getByRole('button', { name: 'Remove the saved copy' }).click();
  await expect(page.getByRole('status')).toHaveText('The copy in English was removed from this device.');
  await expect(region.getByText(/The academy in English is not saved on this device yet/)).toBeVisible();
  expect(await cacheNames(page)).toEqual([]);
  expect(await workers(page)).toBe(0);
});

test('save the academy in French, use it offline, keep the English copy beside it, remove one', async ({
  page,
  context,
  watch,
}) => {
  test.setTimeout(150_000);
  watch.allowConsole.push(/ERR_INTERNET_DISCONNECTED/);
  watch.allowConsole.push(/status of 404 \(Not Found\)/);

  await page.goto('/fr/offline/');
  const region = page.locator('[data-offline]');
  await expect(
    region.getByText(/L’académie en français n’est pas encore enregistrée sur cet appareil\. Une copie occupe environ/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer pour un usage hors ligne' }).click();
  await expect(page.getByRole('status')).toContainText(/Enregistré : \d+ fichiers/, { timeout: 60_000 });
  await expect(
    region.getByText(/Une copie en français est enregistrée sur cet appareil, .+ Elle est à jour\./),
  ).toBeVisible();
  expect(await cacheNames(page)).toEqual([expect.stringMatching(/^va-offline-fr-[0-9a-f]+$/)]);
  const paths = await savedPaths(page);
  expect(paths).toContain('/fr/jurisdictions/canada/');
  expect(paths).toContain('/pagefind/wasm.fr.pagefind');
  expect(paths).not.toContain('/jurisdictions/canada/');
  expect(paths).not.toContain('/pagefind/wasm.en.pagefind');
  await page.evaluate(() => navigator.serviceWorker.ready);

  await context.setOffline(true);
  try {
    // French pages, search and training work offline.
    await page.goto('/fr/jurisdictions/canada/');
    await expect(page.getByRole('heading', { level: 1, name: 'Canada' })).toBeVisible();
    await page.goto('/fr/search/?q=quantique');
    await expect(page.getByRole('link', { name: /quantiques/ }).first()).toBeVisible({ timeout: 15_000 });
    await page.goto('/fr/training/why-it-matters/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // An unknown French address: the French 404 page, with status 404.
    const missing = await page.goto('/fr/no-such-page/');
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();

    // An English page, English not saved: the French offline page explains, in French.
    await page.goto('/jurisdictions/canada/');
    await expect(page.getByRole('heading', { level: 1, name: 'Utiliser l’académie hors ligne' })).toBeVisible();
    await expect(
      page.getByText(/Vous êtes hors ligne, et la page demandée est en anglais, une langue qui n’est pas enregistrée/),
    ).toBeVisible();
  } finally {
    await context.setOffline(false);
  }

  // The English copy beside it, saved from the English page.
  await page.goto('/offline/');
  await expect(region.getByText(/The academy in French is saved on this device as well\./)).toBeVisible();
  await page.getByRole('button', { name: 'Save for offline use' }).click();
  await expect(page.getByRole('status')).toContainText(/Saved: \d+ files/, { timeout: 60_000 });
  await expect
    .poll(async () => (await cacheNames(page)).sort())
    .toEqual([expect.stringMatching(/^va-offline-en-/), expect.stringMatching(/^va-offline-fr-/)]);

  // Removing the English copy leaves the French one, and its worker.
  await page.getByRole('button', { name: 'Remove the saved copy' }).click();
  await expect(page.getByRole('status')).toHaveText('The copy in English was removed from this device.');
  await expect.poll(() => cacheNames(page)).toEqual([expect.stringMatching(/^va-offline-fr-/)]);
  expect(await workers(page)).toBe(1);
  await page.goto('/fr/offline/');
  await expect(region.getByText(/Une copie en français est enregistrée sur cet appareil/)).toBeVisible();
  await page.getByRole('button', { name: 'Supprimer la copie' }).click();
  await expect(page.getByRole('status')).toHaveText('La copie en français a été supprimée de cet appareil.');
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
  await expect(page.locator('[data-offline]').getByText(/is not saved on this device yet/)).toBeVisible();
  // A cache without its manifest, as a tab closed in the middle of a save leaves it.
  await page.evaluate(async () => (await caches.open('va-offline-0123456789abcdef')).put('/', new Response('partial')));
  await page.reload();
  await expect(page.locator('[data-offline]').getByText(/is not saved on this device yet/)).toBeVisible();
  await expect.poll(() => cacheNames(page)).toEqual([]);
});

test('no other page registers a service worker or saves anything', async ({ page }) => {
  for (const path of ['/', '/training/why-it-matters/', '/checklists/', '/compare/']) {
    await page.goto(path);
    expect(await workers(page), path).toBe(0);
    expect(await cacheNames(page), path).toEqual([]);
  }
});
