import { beforeAll, describe, expect, it } from 'vitest';
import {
  allPages,
  applySelection,
  buildFacetIndex,
  type FacetIndex,
  facetCounts,
  KIND_FILTER,
  matches,
  typeWeigher,
} from '#src/features/search/facets.ts';
import { fakeIndex } from './fake-index.ts';

const pages = [
  { id: 'a', text: 'x', filters: { type: ['Case study'], jurisdiction: ['Canada'], kind: ['caseStudy'] } },
  { id: 'b', text: 'x', filters: { type: ['Case study'], jurisdiction: ['France'], kind: ['caseStudy'] } },
  { id: 'c', text: 'x', filters: { type: ['Source'], jurisdiction: ['Canada', 'France'], kind: ['source'] } },
  { id: 'd', text: 'x', filters: { type: ['Glossary term'], kind: ['glossary'] } },
];
const values = {
  type: { 'Case study': 2, Source: 1, 'Glossary term': 1 },
  jurisdiction: { Canada: 2, France: 2 },
  kind: { caseStudy: 2, source: 1, glossary: 1 },
};

describe('facets', () => {
  let index: FacetIndex;
  beforeAll(async () => {
    index = await buildFacetIndex(fakeIndex(pages), values);
  });
  const results = [{ id: 'a' }, { id: 'c' }, { id: 'd' }];

  it('looks up the pages of every value with a filter-only search', () => {
    expect([...(index.get('jurisdiction')?.get('Canada') ?? [])].sort()).toEqual(['a', 'c']);
    expect(allPages(index).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('combines values of one facet with "any" and facets with "all"', () => {
    const sel = { type: ['Case study', 'Source'], jurisdiction: ['France'] };
    expect(['a', 'b', 'c', 'd'].filter((id) => matches(index, sel, id))).toEqual(['b', 'c']);
    expect(applySelection(index, sel, results).map((r) => r.id)).toEqual(['c']);
  });
  it('counts, for each value, the results the reader gets by ticking it alone in its facet', () => {
    const sel = { jurisdiction: ['Canada'] };
    const counts = facetCounts(index, sel, results);
    // type counts respect the jurisdiction choice; jurisdiction counts ignore their own facet's choice.
    expect(counts.type).toEqual({ 'Case study': 1, Source: 1, 'Glossary term': 0 });
    expect(counts.jurisdiction).toEqual({ Canada: 2, France: 1 });
    for (const [facet, byValue] of Object.entries(counts)) {
      for (const [value, n] of Object.entries(byValue)) {
        const alone = { ...sel, [facet]: [value] };
        expect(applySelection(index, alone, results)).toHaveLength(n);
      }
    }
  });
  it('weighs pages by their content type’s key', () => {
    const weightOf = typeWeigher(index, { source: 0.5 });
    expect(['a', 'c'].map(weightOf)).toEqual([1, 0.5]);
    expect(index.has(KIND_FILTER)).toBe(true);
  });
});
