import { formatBytes } from '#src/lib/i18n/format.ts';
import { describe, expect, it } from 'vitest';
import {
  batches,
  buildManifest,
  cacheNameFor,
  findSavedCopy,
  MANIFEST_URL,
  NOT_FOUND_PATH,
  notFoundResponse,
  offlinePathOf,
  revealOfflineNote,
  parseManifest,
  savedPathFor,
} from '#src/features/offline/offline.ts';

describe('offline copy', () => {
  it.each([
    ['index.html', '/'],
    ['areas/quantum/index.html', '/areas/quantum/'],
    ['404.html', '/404.html'],
    ['_astro/Quiz.abc123.js', '/_astro/Quiz.abc123.js'],
    ['pagefind/pagefind.js', '/pagefind/pagefind.js'],
    ['pagefind/fragment/en_abc.pf_fragment', '/pagefind/fragment/en_abc.pf_fragment'],
    ['data/comparison.csv', '/data/comparison.csv'],
    ['_headers', undefined],
    ['robots.txt', undefined],
    ['sitemap.xml', undefined],
    ['sw.js', undefined],
    ['offline-manifest.json', undefined],
    ['pagefind/pagefind-ui.js', undefined],
    ['pagefind/pagefind-modular-ui.css', undefined],
    ['pagefind/pagefind-highlight.js', undefined],
    ['.prerender/x.mjs', undefined],
  ])('%s is saved as %s', (file, path) => {
    expect(offlinePathOf(file)).toBe(path);
  });

  it.each([
    ['/', '/'],
    ['/areas/quantum/', '/areas/quantum/'],
    ['/areas/quantum', '/areas/quantum/'],
    ['/areas/quantum/index.html', '/areas/quantum/'],
    ['/search/?q=quantum&type=area', '/search/'],
    ['/_astro/Quiz.abc123.js', '/_astro/Quiz.abc123.js'],
    ['/pagefind/wasm.en.pagefind', '/pagefind/wasm.en.pagefind'],
  ])('a request for %s is answered with %s', (requested, saved) => {
    expect(savedPathFor(requested)).toBe(saved);
  });

  it('builds a manifest whose version follows the content and not the build time or file order', async () => {
    const files = [
      { path: '/b/', bytes: 20, hash: 'h2' },
      { path: '/', bytes: 10, hash: 'h1' },
    ];
    const a = await buildManifest(files, new Date('2026-01-01T00:00:00Z'));
    const b = await buildManifest([...files].reverse(), new Date('2026-02-01T00:00:00Z'));
    const c = await buildManifest([{ ...files[0]!, hash: 'changed' }, files[1]!], new Date('2026-01-01T00:00:00Z'));
    expect(a.files).toEqual(['/', '/b/']);
    expect(a.bytes).toBe(30);
    expect(a.version).toMatch(/^[0-9a-f]{16}$/);
    expect(b.version).toBe(a.version);
    expect(c.version).not.toBe(a.version);
    expect(parseManifest(JSON.parse(JSON.stringify(a)))).toEqual(a);
    expect(cacheNameFor(a.version)).toBe(`va-offline-${a.version}`);
  });

  it.each([
    [null],
    ['text'],
    [{ format: 2, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: [], bytes: 0 }],
    [{ format: 1, version: 'not hex!', built: '2026-01-01T00:00:00Z', files: [], bytes: 0 }],
    [{ format: 1, version: 'abcdef12', built: 'yesterday', files: [], bytes: 0 }],
    [{ format: 1, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: ['//evil.example/x'], bytes: 0 }],
    [{ format: 1, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: ['relative'], bytes: 0 }],
    [{ format: 1, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: [], bytes: -1 }],
  ])('refuses a damaged manifest: %j', (value) => {
    expect(parseManifest(value)).toBeUndefined();
  });

  it('formats sizes and splits work into batches', () => {
    expect(formatBytes(15_300, 'en')).toBe('15 kB');
    expect(formatBytes(9_812_345, 'en')).toBe('9.8 MB');
    expect(formatBytes(9_812_345, 'fr')).toBe('9,8\u202fMo');
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 6)).toEqual([]);
  });

  it('finds the newest complete copy and ignores interrupted saves and other caches', async () => {
    const stores = new Map<string, Map<string, Response>>();
    const fakeCache = (entries: Map<string, Response>) =>
      ({ match: async (key: string) => entries.get(key)?.clone() }) as unknown as Cache;
    const storage = {
      keys: async () => [...stores.keys()],
      open: async (name: string) => fakeCache(stores.get(name)!),
    } as unknown as CacheStorage;
    const manifest = (built: string) =>
      new Response(JSON.stringify({ format: 1, version: 'abcdef12', built, files: ['/'], bytes: 1 }));
    expect(await findSavedCopy(storage)).toBeUndefined();
    stores.set('other-app', new Map([[MANIFEST_URL, manifest('2030-01-01T00:00:00Z')]]));
    stores.set('va-offline-old', new Map([[MANIFEST_URL, manifest('2026-01-01T00:00:00Z')]]));
    stores.set('va-offline-new', new Map([[MANIFEST_URL, manifest('2026-06-01T00:00:00Z')]]));
    stores.set('va-offline-partial', new Map([['/', new Response('page')]]));
    stores.set('va-offline-broken', new Map([[MANIFEST_URL, new Response('not json')]]));
    const found = await findSavedCopy(storage);
    expect(found?.name).toBe('va-offline-new');
    expect(found?.manifest.built).toBe('2026-06-01T00:00:00Z');
  });

  it('answers an unknown address offline with the saved 404 page, status 404, its offline note shown', async () => {
    const html =
      '<main><h1>Page not found</h1><p class="callout" data-offline-note hidden>You are offline.</p><p hidden>Other</p></main>';
    expect(revealOfflineNote(html)).toBe(
      '<main><h1>Page not found</h1><p class="callout" data-offline-note>You are offline.</p><p hidden>Other</p></main>',
    );
    expect(revealOfflineNote('<p hidden="" data-offline-note>x</p>')).toBe('<p data-offline-note>x</p>');
    expect(revealOfflineNote('<p>no note</p>')).toBe('<p>no note</p>');
    const response = notFoundResponse(html);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('data-offline-note>You are offline.');
    expect(NOT_FOUND_PATH).toBe('/404.html');
  });
});
