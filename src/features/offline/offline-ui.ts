/**
 * The controls of /offline/ (and /fr/offline/): save the academy in the page's language on this
 * device, update that copy, or remove it (see src/features/offline/offline.ts for the model). A copy
 * of another language, saved from that language's page, is left as it is. Runs only on an offline
 * page, only when the reader presses a button; nothing is saved or registered before that.
 */
import {
  batches,
  cacheNameFor,
  CACHE_PREFIX,
  copyHolding,
  copyOf,
  filesFor,
  findSavedCopies,
  languagesOfCopy,
  MANIFEST_URL,
  parseManifest,
  WORKER_URL,
  type OfflineManifest,
} from './offline.ts';
import { formatBytes, formatDay } from '#src/lib/i18n/format.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import { LOCALES, toLocale } from '#src/lib/i18n/locale.ts';
import { localeOfPath } from '#src/lib/routes.ts';
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

/** Deletes our caches, but those named in `keep`. */
async function removeCaches(keep: readonly string[] = []): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && !keep.includes(name)) await caches.delete(name);
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

  const languageName = (l: (typeof LOCALES)[number]) => t(`offline.language.${l}`);

  // Served in place of a page that is not in the saved copies (by the service worker, offline): a
  // page in a language that is not saved, or one the copy does not hold.
  if (notice && !/^\/(?:[a-z]{2}\/)?offline\/$/.test(location.pathname)) {
    const asked = localeOfPath(location.pathname);
    notice.textContent =
      asked === locale ? t('offline.notInCopy') : t('offline.otherLanguage', { language: languageName(asked) });
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
    const [copies, latest] = await Promise.all([findSavedCopies(caches), latestManifest()]);
    // Anything but the newest complete copy of each language is the remains of a save that failed,
    // whose tab was closed, or that a newer save replaced.
    await removeCaches(copies.map((c) => c.name));
    const others = LOCALES.filter((l) => l !== locale && copyHolding(copies, l));
    const alsoSaved = others.map((l) => t('offline.otherSaved', { language: languageName(l) })).join(' ');
    const copy = copyHolding(copies, locale);
    if (!copy) {
      // No complete copy at all (never saved, removed, or a save that failed): no worker should stay behind.
      if (copies.length === 0) await unregisterWorkers();
      const size = latest ? copyOf(latest, locale) : undefined;
      state.textContent = [
        size
          ? t('offline.notSaved', { size: formatBytes(size.bytes, locale), files: size.files })
          : t('offline.unknownLatest'),
        alsoSaved,
      ]
        .filter(Boolean)
        .join(' ');
      saveButton.textContent = t('offline.save');
      saveButton.hidden = !latest;
      removeButton.hidden = true;
      return;
    }
    const saved = copyOf(copy.manifest, locale);
    const savedText = t('offline.saved', {
      date: formatDay(copy.manifest.built, locale),
      size: formatBytes(saved.bytes, locale),
      files: saved.files,
    });
    const current = latest !== undefined && copyOf(latest, locale).version === saved.version;
    const freshness = !latest ? t('offline.unknownLatest') : current ? t('offline.upToDate') : t('offline.outdated');
    state.textContent = [savedText, freshness, alsoSaved].filter(Boolean).join(' ');
    saveButton.textContent = t('offline.update');
    saveButton.hidden = !latest || current;
    removeButton.hidden = false;
  }

  async function save(): Promise<void> {
    const manifest = await latestManifest();
    if (!manifest) throw new Error('the list of files could not be loaded');
    const files = filesFor(manifest, locale);
    const { version, bytes } = copyOf(manifest, locale);
    await navigator.serviceWorker.register(WORKER_URL, { scope: '/' });
    const name = cacheNameFor(version, locale);
    await caches.delete(name); // an earlier, interrupted save of the same version
    const cache = await caches.open(name);
    progress.max = files.length;
    progress.value = 0;
    progress.hidden = false;
    status.textContent = t('offline.saving', { size: formatBytes(bytes, locale) });
    try {
      for (const group of batches(files, 6)) {
        await cache.addAll(group.map((path) => new Request(path, { cache: 'no-cache' })));
        progress.value += group.length;
        progress.setAttribute('aria-valuetext', t('offline.progress', { done: progress.value, total: files.length }));
      }
      // Written last: a cache holding the manifest is a complete copy. It names the language it holds.
      const stored: OfflineManifest = { ...manifest, saved: locale };
      await cache.put(
        MANIFEST_URL,
        new Response(JSON.stringify(stored), { headers: { 'content-type': 'application/json' } }),
      );
    } catch (error) {
      await caches.delete(name);
      throw error;
    } finally {
      progress.hidden = true;
    }
    // The copies this one replaces (older ones of this language); other languages' copies stay.
    for (const old of await findSavedCopies(caches)) {
      if (old.name !== name && languagesOfCopy(old.manifest).includes(locale)) await caches.delete(old.name);
    }
    // Ask the browser to keep the copy when space runs low (it may decide on its own).
    await navigator.storage?.persist?.().catch(() => false);
    status.textContent = t('offline.done', { files: files.length, size: formatBytes(bytes, locale) });
  }

  async function remove(): Promise<void> {
    const copies = await findSavedCopies(caches);
    const keep = copies.filter((c) => !languagesOfCopy(c.manifest).includes(locale)).map((c) => c.name);
    await removeCaches(keep);
    // The worker stays only while a copy of another language does.
    if (keep.length === 0) await unregisterWorkers();
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
