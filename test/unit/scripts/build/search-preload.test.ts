import { describe, expect, it } from 'vitest';
import { indexFilesOf, injectIntoHead, preloadLinks, withoutPreloads } from '#scripts/build/search-preload.ts';

describe('search preload hints', () => {
  const entry = { languages: { en: { hash: 'en_abc', wasm: 'en' } } };
  it('names the metadata and WebAssembly of a language, and its tag', () => {
    expect(indexFilesOf(entry, 'en')).toEqual({
      tag: 'en_abc',
      fetches: ['/pagefind/pagefind.en_abc.pf_meta', '/pagefind/wasm.en.pagefind'],
    });
    expect(indexFilesOf(entry, 'fr')).toBeUndefined();
  });
  it('writes fetch preloads as Pagefind fetches (CORS, same origin) and module preloads', () => {
    const links = preloadLinks({ ...indexFilesOf(entry, 'en')!, modules: ['/_astro/a.js'] });
    expect(links).toContain(
      '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=en_abc" as="fetch" crossorigin="anonymous" data-pagefind-entry data-search-preload>',
    );
    expect(links).toContain(
      'href="/pagefind/wasm.en.pagefind" as="fetch" crossorigin="anonymous" fetchpriority="high"',
    );
    expect(links).toContain('<link rel="modulepreload" href="/_astro/a.js" data-search-preload>');
  });
  it('takes out the hints of an earlier run, and only those, so that indexing again replaces them', () => {
    const links = preloadLinks({ ...indexFilesOf(entry, 'en')!, modules: ['/_astro/a.js'] });
    const page =
      '<html><head><link rel="stylesheet" href="/s.css"><link rel="modulepreload" href="/x.js"></head></html>';
    const once = injectIntoHead(page, links);
    expect(withoutPreloads(once)).toBe(page);
    expect(injectIntoHead(withoutPreloads(once), links)).toBe(once);
  });
  it('adds them at the end of <head>, after the page’s CSP', () => {
    const html = '<html><head><meta http-equiv="content-security-policy" content="x"></head><body></body></html>';
    expect(injectIntoHead(html, '<link>')).toBe(
      '<html><head><meta http-equiv="content-security-policy" content="x"><link></head><body></body></html>',
    );
    expect(() => injectIntoHead('<p>', '<link>')).toThrow();
  });
});
