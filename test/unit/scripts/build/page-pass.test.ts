import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspMetaOf,
  headersWithHashes,
  pageFile,
  pagePass,
  searchPartsOf,
  startPagePass,
} from '#scripts/build/page-pass.ts';
import { searchSource, searchSourceFile } from '#scripts/build/search-source.ts';
import { runningPagePass } from '#src/lib/page-pass.ts';
import { getContentRoot } from '#src/schemas/content-index.ts';

describe('the CSP meta of a page', () => {
  it('reads the policy from the head, entities decoded, and nothing from the body', () => {
    const html =
      '<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x&#39;"></head><body></body></html>';
    expect(cspMetaOf(html)).toBe("script-src 'self' 'sha256-x'");
    expect(
      cspMetaOf('<html><head></head><body><meta http-equiv="content-security-policy" content="x"></body></html>'),
    ).toBeUndefined();
  });
});

describe('the file a page is written to', () => {
  it('follows the directory format and keeps .html addresses', () => {
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/fr/areas/')).toBe('fr/areas/index.html');
    expect(pageFile('/404')).toBe('404.html');
    expect(pageFile('/404.html')).toBe('404.html');
  });
});

describe('the page pass', () => {
  const page = (lang: string, body: string) =>
    `<html lang="${lang}"><head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &#39;sha256-x&#39;"></head><body>${body}</body></html>`;
  const island = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

  it('localizes links, repairs the HTML and collects the policy, in this thread', () => {
    const pass = pagePass(getContentRoot());
    const fr = pass.page('fr/about/index.html', page('fr', `<a href="/areas/">x</a>${island}\u0000`));
    expect(fr).toContain('href="/fr/areas/"');
    expect(fr).not.toContain('\u0000');
    expect(fr.indexOf(island)).toBeLessThan(fr.indexOf('<body>'));
    const en = page('en', '<a href="/areas/">x</a>');
    expect(pass.page('about/index.html', en)).toBe(en);
    expect(pass.result()).toMatchObject({ pages: 2, repaired: 1, metas: ["script-src 'self' 'sha256-x'"] });
  });

  it('runs in a worker for the build, answers each page, writes the search parts and sums up at the end', async () => {
    const out = mkdtempSync(join(tmpdir(), 'page-pass-'));
    const host = startPagePass(getContentRoot(), searchSourceFile(out));
    expect(runningPagePass()).toBe(host);
    const bytes = (html: string) => new TextEncoder().encode(html);
    const text = (b: Uint8Array) => new TextDecoder().decode(b);
    const [fr, en] = (
      await Promise.all([
        host.page('/fr/about/', bytes(page('fr', '<a href="/areas/">x</a>'))),
        host.page('/about/', bytes(page('en', '<a href="/areas/">x</a>'))),
      ])
    ).map(text);
    expect(fr).toContain('href="/fr/areas/"');
    expect(en).toContain('href="/areas/"');
    await host.page('/areas/', bytes(page('en', '<main data-pagefind-body><h1>Areas</h1></main>')));
    const result = await host.finish();
    expect(result).toMatchObject({ pages: 3, repaired: 0, metas: ["script-src 'self' 'sha256-x'"] });
    expect(runningPagePass()).toBeUndefined();
    const search = searchSource(readFileSync(searchSourceFile(out), 'utf8'));
    expect(search.languages.en?.words.map((w) => w.phrases)).toEqual([['Areas']]);
    rmSync(out, { recursive: true, force: true });
  });
});

describe('what the pages give the search index', () => {
  const indexed = (lang: string, body: string) =>
    `<html lang="${lang}"><head></head><body><main data-pagefind-body><h1>Title</h1>${body}</main></body></html>`;
  const record = `<div data-search-record="" data-search-title="Risk" data-pagefind-ignore="all" id="risk"><p>About risk.</p></div>`;

  it('takes words and records from indexed pages only, and notes search pages', () => {
    expect(searchPartsOf('about/index.html', '<html><body><main>x</main></body></html>')).toMatchObject({
      words: [],
      records: [],
      searchPage: false,
    });
    const parts = searchPartsOf('fr/glossary/index.html', indexed('fr', record));
    expect(parts.lang).toBe('fr');
    expect(parts.words[0]?.phrases).toEqual(['Title']);
    expect(parts.records.map((r) => r.url)).toEqual(['/fr/glossary/#risk']);
    expect(parts.words).toHaveLength(2);
    expect(searchPartsOf('search/index.html', '<main data-search-page></main>').searchPage).toBe(true);
  });

  it('hands them over by language, in file order', () => {
    const lines: string[] = [];
    const pass = pagePass(getContentRoot(), (parts) => lines.push(JSON.stringify(parts)));
    pass.page('b/index.html', indexed('en', ''));
    pass.page('fr/a/index.html', indexed('fr', ''));
    pass.page('a/index.html', indexed('en', ''));
    pass.page('about/index.html', '<html lang="en"><body><main>not indexed</main></body></html>');
    pass.page('search/index.html', '<html lang="en"><body><main data-search-page></main></body></html>');
    expect(lines).toHaveLength(4);
    const search = searchSource(lines.join('\n'));
    expect(Object.keys(search.languages).sort()).toEqual(['en', 'fr']);
    expect(search.languages.en?.words).toHaveLength(2);
    expect(search.searchPages).toEqual([{ file: 'search/index.html', lang: 'en' }]);
  });
});

describe('the CSP header completed with the pages’ hashes', () => {
  it('adds each hash of the page policies once, to every CSP line, and counts them', () => {
    const text = "/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'\n  X-Frame-Options: DENY\n";
    const metas = ["script-src 'self' 'sha256-AAA'", "script-src 'self' 'sha256-AAA' 'sha256-BBB'"];
    const { text: next, added } = headersWithHashes(text, metas);
    expect(added).toBe(2);
    expect(next).toContain("'sha256-AAA'");
    expect(next).toContain("'sha256-BBB'");
    expect(next).toContain('X-Frame-Options: DENY');
    expect(headersWithHashes(next, metas).added).toBe(0);
  });
});
