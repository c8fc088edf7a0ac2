/**
 * The service worker behind the offline copy (see src/features/offline/offline.ts for the model). Bundled into
 * `dist/sw.js` by scripts/build/offline-files.ts; registered only from /offline/, when the reader saves.
 *
 * It never writes to the cache and never sends anything anywhere: for a request to this site it
 * asks the network first, as the browser would, and only when that fails answers from the saved
 * copies (one per saved language). A page navigation to an address no copy holds gets, in the
 * language of the address when it is saved, the saved 404 page with status 404, showing a note that
 * the reader is offline; a page of a language that is not saved gets the saved /offline/ page, which
 * explains it in the saved language (offlineAnswerFor). A copy saved before the 404 page was part of
 * it gets the /offline/ page, which says so.
 */
/// <reference lib="webworker" />
import { localeOfPath, localizePath } from '#src/lib/routes.ts';
import {
  findSavedCopies,
  NOT_FOUND_PATH,
  notFoundResponse,
  offlineAnswerFor,
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
    const copies = await findSavedCopies(caches);
    for (const { cache } of copies) {
      const saved = await cache.match(savedPathFor(url.pathname));
      if (saved) return saved;
    }
    const answer = request.mode === 'navigate' ? offlineAnswerFor(url.pathname, copies) : undefined;
    const copy = answer ? copies[answer.copy]?.cache : undefined;
    if (answer && copy) {
      const page = await copy.match(answer.path);
      if (page) return answer.notFound ? notFoundResponse(await page.text()) : page;
      const notFound = await copy.match(NOT_FOUND_PATH);
      if (notFound) return notFoundResponse(await notFound.text());
      const explain =
        (await copy.match(localizePath('/offline/', localeOfPath(answer.path)))) ?? (await copy.match('/offline/'));
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
