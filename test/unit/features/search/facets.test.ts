import { beforeAll, describe, expect, it } from 'vitest';
import {
  allPages,
  applySelection,
  buildFacetIndex,
  type FacetIndex,
  facetCounts,
  matches,
  typeWeigher,
} from '#src/features/search/facets.ts';
import { fakeIndex } from './fake-index.ts';

// Facet values are keys (SearchFilters.astro), the same in every language.
const pages = [
  { id: 'a', text: 'x', filters: { type: ['caseStudy'], jurisdiction: ['canada'] } },
  { id: 'b', text: 'x', filters: { type: ['caseStudy'], jurisdiction: ['france'] } },
  { id: 'c', text: 'x', filters: { type: ['source'], jurisdiction: ['canada', 'france'] } },
  { id: 'd', text: 'x', filters: { type: ['glossary'] } },
];
const values = {
  type: { caseStudy: 2, source: 1, glossary: 1 },
  jurisdiction: { canada: 2, france: 2 },
};

describe('facets', () => {
  let index: FacetIndex;
  beforeAll(async () => {
    index = await buildFacetIndex(fakeIndex(pages), values);
  });
  const results = [{ id: 'a' }, { id: 'c' }, { id: 'd' }];

  it('looks up the pages of every value with a filter-only search', () => {
    expect([...(index.get('jurisdiction')?.get('canada') ?? [])].sort()).toEqual(['a', 'c']);
    expect(allPages(index).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('combines values of one facet with "any" and facets with "all"', () => {
    const sel = { type: ['caseStudy', 'source'], jurisdiction: ['france'] };
    expect(['a', 'b', 'c', 'd'].filter((id) => matches(index, sel, id))).toEqual(['b', 'c']);
    expect(applySelection(index, sel, results).map((r) => r.id)).toEqual(['c']);
  });
  it('counts, for each value, the results the reader gets by ticking it alone in its facet', () => {
    const sel = { jurisdiction: ['canada'] };
    const counts = facetCounts(index, sel, results);
    // type counts respect the jurisdiction choice; jurisdiction counts ignore their own facet's choice.
    expect(counts.type).toEqual({ caseStudy: 1, source: 1, glossary: 0 });
    expect(counts.jurisdiction).toEqual({ canada: 2, france: 1 });
    for (const [facet, byValue] of Object.entries(counts)) {
      for (const [value, n] of Object.entries(byValue)) {
        const alone = { ...sel, [facet]: [value] };
        expect(applySelection(index, alone, results)).toHaveLength(n);
      }
    }
  });
  it('weighs pages by their content type’s key (the type facet’s value)', () => {
    const weightOf = typeWeigher(index, { source: 0.5 });
    expect(['a', 'c'].map(weightOf)).toEqual([1, 0.5]);
  });
});
