import { describe, expect, it } from 'vitest';
import { extractRecords, pageLanguage, recordDocument } from '#scripts/build/search-records.ts';

const page = `<!doctype html><html lang="fr"><body><main data-pagefind-body>
<h1>Glossaire</h1>
<article id="dual-use" class="term" data-search-record="" data-search-title="Dual use &amp; misuse" data-pagefind-ignore="all">
  <h3 id="dual-use-title">Dual use</h3><article><p>nested</p></article><p title="a > b">Items with civil and military uses.</p>
</article>
<li id="x" data-search-record data-search-title='X'>one</li>
</main></body></html>`;

describe('search records', () => {
  it('cuts each marked element out of the page, nested elements of the same name included', () => {
    const records = extractRecords(page);
    expect(records.map((r) => [r.id, r.title])).toEqual([
      ['dual-use', 'Dual use & misuse'],
      ['x', 'X'],
    ]);
    expect(records[0]!.html).toContain(
      '<article><p>nested</p></article><p title="a > b">Items with civil and military uses.</p>',
    );
    expect(records[0]!.html.trim().endsWith('</p>')).toBe(true);
    expect(records[1]!.html).toBe('one');
  });
  it('finds nothing in a page without records, and refuses a record without an id or title', () => {
    expect(extractRecords('<main><p>x</p></main>')).toEqual([]);
    expect(() => extractRecords('<div data-search-record data-search-title="t">x</div>')).toThrow(/id/);
  });
  it('reads the page language', () => {
    expect(pageLanguage(page)).toBe('fr');
    expect(pageLanguage('<html><body></body></html>')).toBe('en');
  });
  it('gives Pagefind a page of its own: the language, the title as metadata, no ids', () => {
    const doc = recordDocument(extractRecords(page)[0]!, 'fr');
    expect(doc).toContain('<html lang="fr">');
    expect(doc).toContain('data-pagefind-meta="title[data-value]" data-value="Dual use &amp; misuse"');
    expect(doc).toContain('<main data-pagefind-body>');
    expect(doc).not.toMatch(/\sid=/);
  });
});
