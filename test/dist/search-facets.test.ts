/**
 * Facets that tell the truth, on the built site's index (the interface's own code: facets.ts and
 * engine.ts through test/helpers/search-node.ts). For several queries and filter choices, each
 * count shown next to a facet value equals the number of results the reader gets by ticking that
 * value; and the counts agree with Pagefind's own filtering where it can answer the same question
 * (a one-word query the lexicon does not widen, and browsing by filters alone).
 * test/e2e/search.spec.ts checks the same in the browser, through the checkboxes and the status line.
 * Facet values are keys (`caseStudy`, `canada`), each with a label on the search page.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '#src/features/search/engine.ts';
import { allPages, applySelection, facetCounts } from '#src/features/search/facets.ts';
import { matcherFor, planQuery } from '#src/features/search/query.ts';
import { FACETS, type Selection, toPagefindFilters } from '#src/features/search/search.ts';
import { nodeSearch, searchPageLabels } from '#test/helpers/search-node.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
type Search = Awaited<ReturnType<typeof nodeSearch>>;

const CASES: { query: string; selection: Selection }[] = [
  { query: 'export control', selection: {} },
  { query: 'laptop abroad', selection: {} },
  { query: 'due diligence', selection: { type: ['caseStudy'] } },
  { query: 'research security', selection: { type: ['glossary', 'caseStudy'], stakeholder: ['researchers'] } },
  { query: '', selection: { type: ['source'] } },
  { query: '', selection: { jurisdiction: ['canada'], risk: ['people'] } },
];

describe('facet counts', () => {
  let search: Search;
  beforeAll(async () => {
    search = await nodeSearch(DIST);
  });

  async function resultsOf(query: string, selection: Selection) {
    const index = search.facetIndex;
    if (query) {
      const outcome = await runQuery(
        search.pagefind,
        planQuery(query, matcherFor(search.lexicon)),
        async () => search.words,
      );
      return { pool: outcome.results, shown: applySelection(index, selection, outcome.results) };
    }
    const r = await search.pagefind.search(null, { filters: toPagefindFilters(selection) });
    return { pool: allPages(index).map((id) => ({ id })), shown: r?.results ?? [] };
  }

  it.each(CASES)('equal the results of ticking each value: "$query" with $selection', async ({ query, selection }) => {
    const { pool, shown } = await resultsOf(query, selection);
    expect(shown.length).toBeGreaterThan(0);
    const counts = facetCounts(search.facetIndex, selection, pool);
    let checked = 0;
    for (const facet of FACETS) {
      for (const [value, count] of Object.entries(counts[facet])) {
        const ticked = { ...selection, [facet]: [value] };
        const { shown: got } = await resultsOf(query, ticked);
        expect(got.length, `${facet} = ${value}`).toBe(count);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("agree with Pagefind's own filtering for a plain one-word query", async () => {
    const plan = planQuery('ransomware', matcherFor(search.lexicon));
    expect(plan.groups.flatMap((g) => g.alternatives)).toHaveLength(1);
    const outcome = await runQuery(search.pagefind, plan, async () => search.words);
    const counts = facetCounts(search.facetIndex, {}, outcome.results);
    for (const facet of FACETS) {
      for (const [value, count] of Object.entries(counts[facet])) {
        const native = await search.pagefind.search('ransomware', { filters: { [facet]: value } });
        expect(native?.results.length, `${facet} = ${value}`).toBe(count);
      }
    }
  });

  it("agree with Pagefind's own counts when browsing by filters alone", async () => {
    const totals = await search.pagefind.filters();
    const counts = facetCounts(
      search.facetIndex,
      {},
      allPages(search.facetIndex).map((id) => ({ id })),
    );
    for (const facet of FACETS) expect(counts[facet], facet).toEqual(totals[facet]);
  });

  it('has keys as values, each labelled on the search page', async () => {
    const totals = await search.pagefind.filters();
    const labels = await searchPageLabels(DIST, 'en');
    for (const facet of FACETS) {
      const values = Object.keys(totals[facet] ?? {});
      expect(values.length, facet).toBeGreaterThan(0);
      for (const value of values) {
        expect(value, `${facet} = ${value}`).toMatch(/^[a-z][a-zA-Z0-9-]*$/);
        expect(labels[facet]?.[value], `${facet} = ${value} has a label`).toBeTruthy();
      }
    }
    expect(labels.type?.caseStudy).toBe('Case study');
    expect(labels.jurisdiction?.canada).toBe('Canada');
  });
});
