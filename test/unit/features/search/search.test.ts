import { describe, expect, it } from 'vitest';
import {
  fromParams,
  hasFilters,
  labelOf,
  sortFacetValues,
  toPagefindFilters,
  toParams,
  toggle,
  upgradeSelection,
} from '#src/features/search/search.ts';

describe('search helpers', () => {
  it('round-trips a selection through URL parameters', () => {
    const sel = { type: ['caseStudy'], jurisdiction: ['canada', 'france'] };
    const params = toParams('due diligence', sel);
    expect(params.toString()).toBe('q=due+diligence&type=caseStudy&jurisdiction=canada&jurisdiction=france');
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
  it('sorts ties by label in the locale’s collation, not by key', () => {
    const labels = { jurisdiction: { eu: 'Union européenne', de: 'Allemagne', ec: 'Écosse', fr: 'France' } };
    const label = (v: string) => labelOf(labels, 'jurisdiction', v);
    expect(sortFacetValues({ eu: 1, de: 1, ec: 1, fr: 1 }, label, 'fr').map(([k]) => k)).toEqual([
      'de',
      'ec',
      'fr',
      'eu',
    ]);
    expect(labelOf(labels, 'jurisdiction', 'unknown')).toBe('unknown');
  });
  it('reads addresses shared with the old labels as keys, and says the address must be rewritten', () => {
    const labels = {
      type: { caseStudy: 'Étude de cas', module: 'Module de formation' },
      jurisdiction: { canada: 'Canada' },
    };
    const legacy = {
      type: { 'case study': 'caseStudy', 'étude de cas': 'caseStudy', 'training module': 'module' },
      jurisdiction: { canada: 'canada' },
    };
    expect(upgradeSelection({ type: ['Case study', 'caseStudy'], jurisdiction: ['Canada'] }, labels, legacy)).toEqual({
      selection: { type: ['caseStudy'], jurisdiction: ['canada'] },
      changed: true,
    });
    expect(upgradeSelection({ type: ['module'], jurisdiction: ['canada'] }, labels, legacy)).toEqual({
      selection: { type: ['module'], jurisdiction: ['canada'] },
      changed: false,
    });
    // Neither a key nor an old label: kept, and it selects nothing.
    expect(upgradeSelection({ risk: ['nonsense'] }, labels, legacy).selection).toEqual({ risk: ['nonsense'] });
  });
  it('ignores unknown and oversized parameters', () => {
    expect(fromParams(new URLSearchParams(`evil=1&type=${'x'.repeat(500)}`))).toEqual({ query: '', selection: {} });
  });
});
