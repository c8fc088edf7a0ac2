import { describe, expect, it } from 'vitest';
import { SEARCH_BUDGET_MS, SLOW_4G, type SpeedRun, searchBudgetHolds, summarise } from '#scripts/bench/search-speed.ts';

const run = (scenario: 'page' | 'dialog', ms: number | null): SpeedRun => ({ scenario, query: 'q', ms, requests: [] });

describe('search speed summary', () => {
  it('gives the median and the slowest run of each scenario', () => {
    const s = summarise(SLOW_4G, [
      run('page', 1000),
      run('page', 3000),
      run('page', 1500),
      run('dialog', 800),
      run('dialog', 900),
    ]);
    expect(s.map((x) => [x.scenario, x.median, x.max])).toEqual([
      ['page', 1500, 3000],
      ['dialog', 850, 900],
    ]);
    expect(searchBudgetHolds(s)).toBe(true);
  });
  it('fails the budget when a median is over it or a run timed out', () => {
    expect(searchBudgetHolds(summarise(SLOW_4G, [run('page', SEARCH_BUDGET_MS + 1), run('dialog', 10)]))).toBe(false);
    const timedOut = summarise(SLOW_4G, [run('page', 100), run('page', null), run('dialog', 10)]);
    expect(timedOut[0]).toMatchObject({ median: null, failures: 1 });
    expect(searchBudgetHolds(timedOut)).toBe(false);
  });
});
