/**
 * The built site's own Pagefind (dist/pagefind/pagefind.js) loaded in Node, as the browser loads it,
 * for tests that search the real index without a browser. Pagefind fetches its index files with
 * `fetch`; Node's fetch does not read `file:` URLs, so they are answered from the disk here.
 * Node has no Worker, so Pagefind runs on the main thread (its own fallback).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchBackend } from '#src/features/search/engine.ts';

let shimmed = false;
function shimFileFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.protocol !== 'file:') return networkFetch(input, init);
    try {
      const data = await readFile(url);
      return new Response(data, { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
}

export interface NodePagefind extends SearchBackend {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Imports `<dist>/pagefind/pagefind.js` (a fresh module instance for each dist folder). */
export async function loadPagefind(dist = 'dist'): Promise<NodePagefind> {
  shimFileFetch();
  const url = pathToFileURL(join(resolve(dist), 'pagefind', 'pagefind.js'));
  return (await import(url.href)) as NodePagefind;
}
