/**
 * The controls of /offline/: save the whole academy on this device, update the saved copy, or
 * remove it (see src/features/offline/offline.ts for the model). Runs only on /offline/, only when the reader
 * presses a button; nothing is saved or registered before that.
 */
import {
  batches,
  cacheNameFor,
  CACHE_PREFIX,
  findSavedCopy,
  MANIFEST_URL,
  parseManifest,
  WORKER_URL,
  type OfflineManifest,
} from './offline.ts';
import { formatBytes, formatDay } from '#src/lib/i18n/format.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import { toLocale } from '#src/lib/i18n/locale.ts';
import type { OfflineKey } from './strings.ts';

/** The manifest of the site as it is now, from the network; undefined when offline. */
async function latestManifest(): Promise<OfflineManifest | undefined> {
  try {
    const response = await fetch(MANIFEST_URL, { cache: 'no-store' });
    return response.ok ? parseManifest(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}

async function removeCaches(keep?: string): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && name !== keep) await caches.delete(name);
  }
}

async function unregisterWorkers(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
}

export async function mountOffline(root: HTMLElement): Promise<void> {
  // The page wrote these with pick(OFFLINE_KEYS) (strings.ts) into data-strings, and its locale.
  const { t, locale } = messages(
    JSON.parse(root.dataset.strings ?? '{}') as Strings<OfflineKey>,
    toLocale(root.dataset.locale),
  );
  const state = root.querySelector<HTMLElement>('[data-offline-state]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const saveButton = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const removeButton = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const notice = root.querySelector<HTMLElement>('[data-offline-notice]');

  // Served in place of a page that is not in the saved copy (by the service worker, offline).
  if (notice && !/^\/(?:[a-z]{2}\/)?offline\/$/.test(location.pathname)) {
    notice.textContent = t('offline.notInCopy');
    notice.hidden = false;
  }

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    state.textContent = t('offline.unsupported');
    return;
  }

  let busy = false;
  const setBusy = (value: boolean) => {
    busy = value;
    saveButton.disabled = value;
    removeButton.disabled = value;
  };

  async function refresh(): Promise<void> {
    const [copy, latest] = await Promise.all([findSavedCopy(caches), latestManifest()]);
    // Anything but the complete copy is the remains of a save that failed or whose tab was closed.
    await removeCaches(copy?.name);
    if (!copy) {
      // No complete copy (never saved, removed, or a save that failed): no worker should stay behind.
      await unregisterWorkers();
      state.textContent = latest
        ? t('offline.notSaved', { size: formatBytes(latest.bytes, locale), files: latest.files.length })
        : t('offline.unknownLatest');
      saveButton.textContent = t('offline.save');
      saveButton.hidden = !latest;
      removeButton.hidden = true;
      return;
    }
    const savedText = t('offline.saved', {
      date: formatDay(copy.manifest.built, locale),
      size: formatBytes(copy.manifest.bytes, locale),
      files: copy.manifest.files.length,
    });
    const freshness = !latest
      ? t('offline.unknownLatest')
      : latest.version === copy.manifest.version
        ? t('offline.upToDate')
        : t('offline.outdated');
    state.textContent = `${savedText} ${freshness}`;
    saveButton.textContent = t('offline.update');
    saveButton.hidden = !latest || latest.version === copy.manifest.version;
    removeButton.hidden = false;
  }

  async function save(): Promise<void> {
    const manifest = await latestManifest();
    if (!manifest) throw new Error('the list of files could not be loaded');
    await navigator.serviceWorker.register(WORKER_URL, { scope: '/' });
    const name = cacheNameFor(manifest.version);
    await caches.delete(name); // an earlier, interrupted save of the same version
    const cache = await caches.open(name);
    progress.max = manifest.files.length;
    progress.value = 0;
    progress.hidden = false;
    status.textContent = t('offline.saving', { size: formatBytes(manifest.bytes, locale) });
    try {
      for (const group of batches(manifest.files, 6)) {
        await cache.addAll(group.map((path) => new Request(path, { cache: 'no-cache' })));
        progress.value += group.length;
        progress.setAttribute(
          'aria-valuetext',
          t('offline.progress', { done: progress.value, total: manifest.files.length }),
        );
      }
      // Written last: a cache holding the manifest is a complete copy.
      await cache.put(
        MANIFEST_URL,
        new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }),
      );
    } catch (error) {
      await caches.delete(name);
      throw error;
    } finally {
      progress.hidden = true;
    }
    await removeCaches(name);
    // Ask the browser to keep the copy when space runs low (it may decide on its own).
    await navigator.storage?.persist?.().catch(() => false);
    status.textContent = t('offline.done', { files: manifest.files.length, size: formatBytes(manifest.bytes, locale) });
  }

  async function remove(): Promise<void> {
    await removeCaches();
    await unregisterWorkers();
    status.textContent = t('offline.removed');
  }

  const run = (action: () => Promise<void>) => async () => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      status.textContent = t('offline.failed', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  saveButton.addEventListener('click', run(save));
  removeButton.addEventListener('click', run(remove));
  await refresh();
}
