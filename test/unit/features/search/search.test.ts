import { describe, expect, it } from 'vitest';
import {
  fromParams,
  hasFilters,
  sortFacetValues,
  toPagefindFilters,
  toParams,
  toggle,
} from '#src/features/search/search.ts';

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
