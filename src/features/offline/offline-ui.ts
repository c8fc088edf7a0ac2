/**
 * The controls of /offline/: save the whole academy on this device, update the saved copy, or
 * remove it (see src/features/offline/offline.ts for the model). Runs only on /offline/, only when the reader
 * presses a button; nothing is saved or registered before that.
 */
import { batches, cacheNameFor, CACHE_PREFIX, findSavedCopy, formatBytes, MANIFEST_URL, parseManifest, WORKER_URL, type OfflineManifest } from './offline.ts';
import { fill } from '#src/lib/template.ts';
import { formatDay } from '#src/features/training/training.ts';

export interface OfflineStrings {
  unsupported: string;
  notSaved: string;
  saved: string;
  upToDate: string;
  outdated: string;
  unknownLatest: string;
  saving: string;
  progress: string;
  done: string;
  removed: string;
  failed: string;
  notInCopy: string;
  save: string;
  update: string;
  remove: string;
}

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
  const strings = JSON.parse(root.dataset.strings ?? '{}') as OfflineStrings;
  const state = root.querySelector<HTMLElement>('[data-offline-state]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  const saveButton = root.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const removeButton = root.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const notice = root.querySelector<HTMLElement>('[data-offline-notice]');

  // Served in place of a page that is not in the saved copy (by the service worker, offline).
  if (notice && location.pathname !== '/offline/') {
    notice.textContent = strings.notInCopy;
    notice.hidden = false;
  }

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    state.textContent = strings.unsupported;
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
      state.textContent = latest ? fill(strings.notSaved, { size: formatBytes(latest.bytes), files: latest.files.length }) : strings.unknownLatest;
      saveButton.textContent = strings.save;
      saveButton.hidden = !latest;
      removeButton.hidden = true;
      return;
    }
    const savedText = fill(strings.saved, { date: formatDay(copy.manifest.built, document.documentElement.lang), size: formatBytes(copy.manifest.bytes), files: copy.manifest.files.length });
    const freshness = !latest ? strings.unknownLatest : latest.version === copy.manifest.version ? strings.upToDate : strings.outdated;
    state.textContent = `${savedText} ${freshness}`;
    saveButton.textContent = strings.update;
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
    status.textContent = fill(strings.saving, { size: formatBytes(manifest.bytes) });
    try {
      for (const group of batches(manifest.files, 6)) {
        await cache.addAll(group.map((path) => new Request(path, { cache: 'no-cache' })));
        progress.value += group.length;
        progress.setAttribute('aria-valuetext', fill(strings.progress, { done: progress.value, total: manifest.files.length }));
      }
      // Written last: a cache holding the manifest is a complete copy.
      await cache.put(MANIFEST_URL, new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } }));
    } catch (error) {
      await caches.delete(name);
      throw error;
    } finally {
      progress.hidden = true;
    }
    await removeCaches(name);
    // Ask the browser to keep the copy when space runs low (it may decide on its own).
    await navigator.storage?.persist?.().catch(() => false);
    status.textContent = fill(strings.done, { files: manifest.files.length, size: formatBytes(manifest.bytes) });
  }

  async function remove(): Promise<void> {
    await removeCaches();
    await unregisterWorkers();
    status.textContent = strings.removed;
  }

  const run = (action: () => Promise<void>) => async () => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
    } catch (error) {
      status.textContent = fill(strings.failed, { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  saveButton.addEventListener('click', run(save));
  removeButton.addEventListener('click', run(remove));
  await refresh();
}
