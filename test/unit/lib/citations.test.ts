import { describe, expect, it } from 'vitest';
import { citationIndex, citeNumber, collectSourceIds } from '#src/lib/citations.ts';
import { formatPartialDate } from '#src/lib/i18n/format.ts';

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
  it("collects a glossary term's translation sources", () => {
    const data = {
      sources: ['a'],
      translations: { fr: 'terme', de: 'Begriff' },
      translationSources: { fr: 'b', de: 'a' },
    };
    expect(collectSourceIds(data)).toEqual(['a', 'b']);
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
