import { describe, expect, it } from 'vitest';
import { sitemapXml } from '#scripts/build/sitemap.ts';
import { headersFor, parseHeadersFile } from '#scripts/lib/headers-file.ts';
import { urlFor } from '#src/lib/routes.ts';
import { toOpenRecord } from '#src/features/open-data/records.ts';

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
