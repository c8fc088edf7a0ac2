import { describe, expect, it } from 'vitest';
import { citationIndex, citeNumber, collectSourceIds } from '#src/lib/citations.ts';
import { formatPartialDate } from '#src/lib/i18n/format.ts';
import { localizedPath } from '#src/lib/i18n/locale.ts';
import { DICTIONARIES, translatorFor } from '#src/ui/i18n.ts';
import {
  fromParams,
  hasFilters,
  sortFacetValues,
  toPagefindFilters,
  toParams,
  toggle,
} from '#src/features/search/search.ts';
import { sitemapXml } from '#scripts/build/sitemap.ts';
import { headersFor, parseHeadersFile } from '#scripts/lib/headers-file.ts';
import { urlFor } from '#src/lib/routes.ts';
import { toOpenRecord } from '#src/features/open-data/records.ts';

describe('citations', () => {
  it('collects top-level and nested source ids once, in order', () => {
    const data = {
      sources: ['a', 'b'],
      comparison: { x: { source: 'c' }, y: { source: 'a' } },
      items: [{ source: 'd' }],
      title: 'source',
    };
    expect(collectSourceIds(data)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('indexes citing pages per source, each page once', () => {
    const idx = citationIndex([
      { href: '/b/', title: 'B', sourceIds: ['s1'] },
      { href: '/a/', title: 'A', sourceIds: ['s1', 's2'] },
      { href: '/a/', title: 'A', sourceIds: ['s1'] },
    ]);
    expect(idx.get('s1')).toEqual([
      { href: '/a/', title: 'A' },
      { href: '/b/', title: 'B' },
    ]);
    expect(idx.get('s2')).toHaveLength(1);
  });
  it('numbers a source by its place in the page list, or not at all', () => {
    expect(citeNumber(['a', 'b'], 'b')).toBe(2);
    expect(citeNumber(['a', 'b'], 'z')).toBeUndefined();
  });
  it.each([
    ['2024', '2024'],
    ['2024-02', 'February 2024'],
    ['2024-02-05', '5 February 2024'],
  ])('formats %s as %s', (input, out) => expect(formatPartialDate(input, 'en')).toBe(out));
});

describe('i18n', () => {
  it('every locale has every key of the default locale', () => {
    const keys = Object.keys(DICTIONARIES.en).sort();
    for (const [locale, dict] of Object.entries(DICTIONARIES)) expect(Object.keys(dict).sort(), locale).toEqual(keys);
  });
  it('picks plural forms by locale and falls back to English for unknown locales', () => {
    expect(translatorFor('fr').tn('search.results', 3)).toBe('3 résultats');
    expect(translatorFor('fr').tn('search.results', 0)).toBe('0 résultat');
    expect(translatorFor('en').tn('search.results', 1)).toBe('1 result');
    expect(translatorFor('xx').tn('search.results', 2)).toBe('2 results');
  });
  it('prefixes non-default locales only', () => {
    expect(localizedPath('/areas/', 'en')).toBe('/areas/');
    expect(localizedPath('/areas/', 'fr')).toBe('/fr/areas/');
  });
});

describe('search helpers', () => {
  it('round-trips a selection through URL parameters', () => {
    const sel = { type: ['Case study'], jurisdiction: ['Canada', 'France'] };
    const params = toParams('due diligence', sel);
    expect(params.toString()).toBe('q=due+diligence&type=Case+study&jurisdiction=Canada&jurisdiction=France');
    expect(fromParams(params)).toEqual({ query: 'due diligence', selection: sel });
  });
  it('builds Pagefind filters: any within a facet, all across facets; empty facets dropped', () => {
    expect(toPagefindFilters({ type: ['A', 'B'], risk: [], practice: ['P'] })).toEqual({
      type: { any: ['A', 'B'] },
      practice: { any: ['P'] },
    });
    expect(hasFilters({ risk: [] })).toBe(false);
  });
  it('toggles values without mutating', () => {
    const a = { type: ['A'] };
    const b = toggle(a, 'type', 'B', true);
    expect(b.type).toEqual(['A', 'B']);
    expect(a.type).toEqual(['A']);
    expect(toggle(b, 'type', 'A', false).type).toEqual(['B']);
  });
  it('sorts facet values by count, then name', () => {
    expect(sortFacetValues({ b: 2, a: 2, c: 5 })).toEqual([
      ['c', 5],
      ['a', 2],
      ['b', 2],
    ]);
  });
  it('ignores unknown and oversized parameters', () => {
    expect(fromParams(new URLSearchParams(`evil=1&type=${'x'.repeat(500)}`))).toEqual({ query: '', selection: {} });
  });
});

describe('sitemap, headers, routes, open data', () => {
  it('lists each page once, sorted, escaped', () => {
    const xml = sitemapXml('https://example.org', ['/b/', '/a/', '/a/', '/x&y/']);
    expect(xml.match(/<loc>/g)).toHaveLength(3);
    expect(xml.indexOf('/a/')).toBeLessThan(xml.indexOf('/b/'));
    expect(xml).toContain('/x&amp;y/');
  });
  it('applies _headers rules in order, later overriding', () => {
    const rules = parseHeadersFile('# c\n/*\n  X-A: 1\n  X-B: 1\n/data/*\n  X-B: 2\n');
    expect(headersFor(rules, '/data/a.json')).toEqual({ 'X-A': '1', 'X-B': '2' });
    expect(headersFor(rules, '/')).toEqual({ 'X-A': '1', 'X-B': '1' });
  });
  it('routes entries to their published addresses', () => {
    expect(urlFor('areas', 'quantum')).toBe('/areas/quantum/');
    expect(urlFor('glossary', 'dual-use')).toBe('/glossary/#dual-use');
    expect(urlFor('guides', 'risk', { path: '/framework/risk/' })).toBe('/framework/risk/');
    expect(urlFor('modules', 'due-diligence')).toBe('/training/due-diligence/');
  });
  it('open records carry the common fields and enrichments', () => {
    const area = {
      id: 'quantum',
      data: { title: 'Quantum', summary: 's', lastReviewed: '2026-11-21', sources: ['x'], kind: 'technology' },
    };
    const list = {
      id: 'l',
      data: { items: [{ id: 'q', label: 'Quantum tech', areas: ['quantum'], highestRisk: true }] },
    };
    expect(toOpenRecord('areas', area, { 'technology-lists': [list] })).toEqual({
      id: 'quantum',
      url: '/areas/quantum/',
      title: 'Quantum',
      summary: 's',
      lastReviewed: '2026-11-21',
      sources: ['x'],
      kind: 'technology',
      lists: [{ list: 'l', item: 'q', label: 'Quantum tech', highestRisk: true }],
    });
  });
});
