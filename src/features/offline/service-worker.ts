/**
 * The service worker behind the offline copy (see src/features/offline/offline.ts for the model). Bundled into
 * `dist/sw.js` by scripts/build/offline-files.ts; registered only from /offline/, when the reader saves.
 *
 * It never writes to the cache and never sends anything anywhere: for a request to this site it
 * asks the network first, as the browser would, and only when that fails answers from the saved
 * copy. A page navigation to an address the copy does not hold gets the saved 404 page with status
 * 404, showing a note that the reader is offline (a copy saved before the 404 page was part of it
 * gets the /offline/ page, which says so).
 */
/// <reference lib="webworker" />
import { localeOfPath, localizePath } from '#src/lib/routes.ts';
import {
  findSavedCopy,
  NOT_FOUND_PATH,
  notFoundPathFor,
  notFoundResponse,
  savedPathFor,
  WORKER_URL,
} from './offline.ts';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => {
  void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

async function fromNetworkOrCopy(request: Request, url: URL): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const copy = (await findSavedCopy(caches))?.cache;
    const saved = await copy?.match(savedPathFor(url.pathname));
    if (saved) return saved;
    if (request.mode === 'navigate') {
      const notFound = (await copy?.match(notFoundPathFor(url.pathname))) ?? (await copy?.match(NOT_FOUND_PATH));
      if (notFound) return notFoundResponse(await notFound.text());
      const explain =
        (await copy?.match(localizePath('/offline/', localeOfPath(url.pathname)))) ?? (await copy?.match('/offline/'));
      if (explain) return explain;
    }
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === WORKER_URL) return;
  event.respondWith(fromNetworkOrCopy(request, url));
});
