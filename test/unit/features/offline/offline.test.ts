import { formatBytes } from '#src/lib/i18n/format.ts';
import { describe, expect, it } from 'vitest';
import {
  batches,
  buildManifest,
  cacheNameFor,
  copiesToKeep,
  copyHolding,
  copyOf,
  filesFor,
  findSavedCopies,
  languageOfFile,
  languagesOfCopy,
  MANIFEST_URL,
  NOT_FOUND_PATH,
  notFoundResponse,
  offlineAnswerFor,
  offlinePathOf,
  type OfflineManifest,
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
    expect(cacheNameFor('abcdef12', 'fr')).toBe('va-offline-fr-abcdef12');
  });

  it.each([
    ['/', 'en'],
    ['/areas/quantum/', 'en'],
    ['/404.html', 'en'],
    ['/fr/', 'fr'],
    ['/fr/areas/quantum/', 'fr'],
    ['/fr/404.html', 'fr'],
    ['/pagefind/wasm.en.pagefind', 'en'],
    ['/pagefind/wasm.fr.pagefind', 'fr'],
    ['/pagefind/pagefind.fr_5a1cc7e37f.pf_meta', 'fr'],
    ['/pagefind/pagefind.en_ae989c564a.pf_meta', 'en'],
    ['/pagefind/fragment/fr_3b2a1c.pf_fragment', 'fr'],
    ['/pagefind/index/en_9f8e7d.pf_index', 'en'],
    ['/pagefind/filter/fr_abc123.pf_filter', 'fr'],
    ['/search/lexicon.fr.json', 'fr'],
    ['/search/words.en.json', 'en'],
    ['/pagefind/pagefind.js', 'shared'],
    ['/pagefind/pagefind-worker.js', 'shared'],
    ['/pagefind/pagefind-entry.json', 'shared'],
    ['/pagefind/wasm.unknown.pagefind', 'shared'],
    ['/_astro/Quiz.abc123.js', 'shared'],
    ['/_astro/fr.Ab12.css', 'shared'],
    ['/favicon.svg', 'shared'],
    ['/data/areas.json', 'shared'],
    ['/data/comparison.csv', 'shared'],
    ['/feeds/whats-new.xml', 'shared'],
    ['/training/lms/packages.json', 'shared'],
    ['/free/', 'en'],
  ])('%s belongs to %s', (path, part) => {
    expect(languageOfFile(path)).toBe(part);
  });

  const site = [
    { path: '/', bytes: 100, hash: 'p1' },
    { path: '/fr/', bytes: 120, hash: 'p2' },
    { path: '/areas/', bytes: 200, hash: 'p3' },
    { path: '/fr/areas/', bytes: 230, hash: 'p4' },
    { path: '/pagefind/wasm.en.pagefind', bytes: 50, hash: 'w1' },
    { path: '/pagefind/wasm.fr.pagefind', bytes: 60, hash: 'w2' },
    { path: '/_astro/app.js', bytes: 30, hash: 's1' },
    { path: '/data/areas.json', bytes: 40, hash: 'd1' },
  ];

  it('records the language of each file and the copy each language saves', async () => {
    const m = await buildManifest(site, new Date('2026-12-02T00:00:00Z'));
    expect(m.files.length).toBe(8);
    expect(m.languages).toHaveLength(m.files.length);
    expect(Object.fromEntries(m.files.map((f, i) => [f, m.languages?.[i]]))).toEqual({
      '/': 'en',
      '/_astro/app.js': 'shared',
      '/areas/': 'en',
      '/data/areas.json': 'shared',
      '/fr/': 'fr',
      '/fr/areas/': 'fr',
      '/pagefind/wasm.en.pagefind': 'en',
      '/pagefind/wasm.fr.pagefind': 'fr',
    });
    expect(filesFor(m, 'en')).toEqual([
      '/',
      '/_astro/app.js',
      '/areas/',
      '/data/areas.json',
      '/pagefind/wasm.en.pagefind',
    ]);
    expect(filesFor(m, 'fr')).toEqual([
      '/_astro/app.js',
      '/data/areas.json',
      '/fr/',
      '/fr/areas/',
      '/pagefind/wasm.fr.pagefind',
    ]);
    expect(copyOf(m, 'en')).toMatchObject({ files: 5, bytes: 100 + 200 + 50 + 30 + 40 });
    expect(copyOf(m, 'fr')).toMatchObject({ files: 5, bytes: 120 + 230 + 60 + 30 + 40 });
    expect(m.bytes).toBe(copyOf(m, 'en').bytes + copyOf(m, 'fr').bytes - 70);
    expect(copyOf(m, 'en').version).not.toBe(copyOf(m, 'fr').version);
    expect(parseManifest(JSON.parse(JSON.stringify(m)))).toEqual(m);

    // A French page changes: the French copy and the whole site get a new version, the English copy does not.
    const changed = await buildManifest(
      site.map((f) => (f.path === '/fr/areas/' ? { ...f, hash: 'new' } : f)),
      new Date('2026-12-03T00:00:00Z'),
    );
    expect(changed.version).not.toBe(m.version);
    expect(copyOf(changed, 'fr').version).not.toBe(copyOf(m, 'fr').version);
    expect(copyOf(changed, 'en').version).toBe(copyOf(m, 'en').version);
    // A shared file changes: every language's copy changes.
    const shared = await buildManifest(
      site.map((f) => (f.path === '/_astro/app.js' ? { ...f, hash: 'new' } : f)),
      new Date('2026-12-03T00:00:00Z'),
    );
    expect(copyOf(shared, 'en').version).not.toBe(copyOf(m, 'en').version);
    expect(copyOf(shared, 'fr').version).not.toBe(copyOf(m, 'fr').version);
  });

  it('reads a manifest from before the split by language as one copy of every file', () => {
    const old = { format: 1, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: ['/', '/fr/'], bytes: 9 };
    const m = parseManifest(old)!;
    expect(m).toEqual(old);
    expect(filesFor(m, 'fr')).toEqual(['/', '/fr/']);
    expect(copyOf(m, 'en')).toEqual({ version: 'abcdef12', files: 2, bytes: 9 });
    expect(languagesOfCopy(m)).toEqual(['en', 'fr']);
    expect(languagesOfCopy({ ...m, saved: 'fr' })).toEqual(['fr']);
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
    [{ format: 1, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: ['/'], bytes: 0, languages: [] }],
    [{ format: 1, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: ['/'], bytes: 0, languages: ['de'] }],
    [{ format: 1, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: [], bytes: 0, copies: { de: {} } }],
    [
      {
        format: 1,
        version: 'abcdef12',
        built: '2026-01-01T00:00:00Z',
        files: [],
        bytes: 0,
        copies: { fr: { version: 'x', files: 1, bytes: 1 } },
      },
    ],
    [{ format: 1, version: 'abcdef12', built: '2026-01-01T00:00:00Z', files: [], bytes: 0, saved: 'xx' }],
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

  const stored = (
    built: string,
    saved?: 'en' | 'fr',
    files = ['/', '/fr/', '/areas/', '/fr/areas/'],
  ): OfflineManifest => ({
    format: 1,
    version: 'abcdef12',
    built,
    files,
    bytes: 1,
    ...(saved ? { saved } : {}),
  });

  it('finds the newest complete copy of each language and ignores interrupted saves and other caches', async () => {
    const stores = new Map<string, Map<string, Response>>();
    const fakeCache = (entries: Map<string, Response>) =>
      ({ match: async (key: string) => entries.get(key)?.clone() }) as unknown as Cache;
    const storage = {
      keys: async () => [...stores.keys()],
      open: async (name: string) => fakeCache(stores.get(name)!),
    } as unknown as CacheStorage;
    const manifest = (built: string, saved?: 'en' | 'fr') => new Response(JSON.stringify(stored(built, saved)));
    expect(await findSavedCopies(storage)).toEqual([]);
    stores.set('other-app', new Map([[MANIFEST_URL, manifest('2030-01-01T00:00:00Z')]]));
    stores.set('va-offline-old', new Map([[MANIFEST_URL, manifest('2026-01-01T00:00:00Z')]]));
    stores.set('va-offline-en-new', new Map([[MANIFEST_URL, manifest('2026-06-01T00:00:00Z', 'en')]]));
    stores.set('va-offline-en-partial', new Map([['/', new Response('page')]]));
    stores.set('va-offline-broken', new Map([[MANIFEST_URL, new Response('not json')]]));
    // The old whole-site copy is still the only one holding French: it stays.
    expect((await findSavedCopies(storage)).map((c) => c.name)).toEqual(['va-offline-en-new', 'va-offline-old']);
    stores.set('va-offline-fr-new', new Map([[MANIFEST_URL, manifest('2026-05-01T00:00:00Z', 'fr')]]));
    const found = await findSavedCopies(storage);
    expect(found.map((c) => c.name)).toEqual(['va-offline-en-new', 'va-offline-fr-new']);
    expect(copyHolding(found, 'fr')?.manifest.built).toBe('2026-05-01T00:00:00Z');
    expect(copyHolding(found, 'en')?.manifest.saved).toBe('en');
  });

  it('keeps, for each language, only its newest copy', () => {
    const copies = [
      { name: 'en-1', manifest: stored('2026-01-01T00:00:00Z', 'en') },
      { name: 'fr-2', manifest: stored('2026-02-01T00:00:00Z', 'fr') },
      { name: 'en-3', manifest: stored('2026-03-01T00:00:00Z', 'en') },
    ];
    expect(copiesToKeep(copies).map((c) => c.name)).toEqual(['en-3', 'fr-2']);
    expect(copyHolding(copiesToKeep(copies.slice(0, 1)), 'fr')).toBeUndefined();
    expect(copiesToKeep([])).toEqual([]);
  });

  it('answers a navigation that no copy holds: 404 in a saved language, else the offline page explains', () => {
    const en = { manifest: stored('2026-03-01T00:00:00Z', 'en') };
    const fr = { manifest: stored('2026-02-01T00:00:00Z', 'fr') };
    expect(offlineAnswerFor('/no-such-page/', [])).toBeUndefined();
    // English saved: an unknown English address gets the English 404 page.
    expect(offlineAnswerFor('/no-such-page/', [en])).toEqual({ copy: 0, path: '/404.html', notFound: true });
    // A French page of the site, French not saved: the English offline page explains.
    expect(offlineAnswerFor('/fr/areas/', [en])).toEqual({ copy: 0, path: '/offline/', notFound: false });
    expect(offlineAnswerFor('/fr/areas', [en])).toEqual({ copy: 0, path: '/offline/', notFound: false });
    // A French address the site does not have: the saved 404 page.
    expect(offlineAnswerFor('/fr/no-such-page/', [en])).toEqual({ copy: 0, path: '/404.html', notFound: true });
    // French saved only: the French offline page explains an English page, in French.
    expect(offlineAnswerFor('/areas/', [fr])).toEqual({ copy: 0, path: '/fr/offline/', notFound: false });
    // Both saved: the 404 page of the address's language, from the copy that holds it.
    expect(offlineAnswerFor('/fr/no-such-page/', [en, fr])).toEqual({ copy: 1, path: '/fr/404.html', notFound: true });
    // A copy saved before the split holds every language.
    const whole = { manifest: stored('2026-01-01T00:00:00Z') };
    expect(offlineAnswerFor('/fr/no-such-page/', [whole])).toEqual({ copy: 0, path: '/fr/404.html', notFound: true });
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
