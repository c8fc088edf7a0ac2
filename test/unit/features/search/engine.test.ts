import { describe, expect, it } from 'vitest';
import { combine, MIN_RESULTS, runQuery } from '#src/features/search/engine.ts';
import { matcherFor, planQuery } from '#src/features/search/query.ts';
import { fakeIndex } from './fake-index.ts';

const matcher = matcherFor({
  lang: 'en',
  equivalents: [['laptop', 'device']],
  rewrites: [],
  ignore: ['my', 'to', 'a'],
});
const noWords = async () => [] as string[];

describe('running a query', () => {
  it('searches every alternative and ranks the reader’s own word above an equivalent', async () => {
    const index = fakeIndex([
      { id: 'own', text: 'laptop' },
      { id: 'equivalent', text: 'device' },
    ]);
    const { results } = await runQuery(index, planQuery('laptop', matcher), noWords);
    expect(index.searches.sort()).toEqual(['device', 'laptop']);
    expect(results.map((r) => r.id)).toEqual(['own', 'equivalent']);
    expect(results[1]!.score).toBeCloseTo(0.7);
  });
  it('shows only pages with every part of the question when there are enough of them', async () => {
    const both = Array.from({ length: MIN_RESULTS }, (_, i) => ({ id: `both${i}`, text: 'laptop conference' }));
    const index = fakeIndex([...both, { id: 'one', text: 'conference conference conference' }]);
    const { results } = await runQuery(index, planQuery('my laptop to a conference', matcher), noWords);
    expect(results.map((r) => r.id)).not.toContain('one');
    expect(results.every((r) => r.matched === 2)).toBe(true);
  });
  it('relaxes to pages with most of the question when too few have all of it, best matches first', async () => {
    const index = fakeIndex([
      { id: 'all', text: 'laptop conference abroad' },
      { id: 'two', text: 'laptop abroad' },
      { id: 'one', text: 'abroad abroad abroad abroad' },
    ]);
    const { results } = await runQuery(index, planQuery('laptop conference abroad', matcher), noWords);
    expect(results.map((r) => r.id)).toEqual(['all', 'two', 'one']);
    expect(results.map((r) => r.matched)).toEqual([3, 2, 1]);
  });
  it('weighs results by their content type', async () => {
    const index = fakeIndex([
      { id: 'source', text: 'laptop laptop' },
      { id: 'guide', text: 'laptop' },
    ]);
    const weights = Promise.resolve((id: string) => (id === 'source' ? 0.4 : 1));
    const { results } = await runQuery(index, planQuery('laptop', matcher), noWords, weights);
    expect(results.map((r) => r.id)).toEqual(['guide', 'source']);
  });
  it('corrects a misspelt word from the vocabulary, and asks for the vocabulary only then', async () => {
    const index = fakeIndex([
      { id: 'quantum', text: 'quantum quantum sensing' },
      { id: 'q2', text: 'quantum' },
      { id: 'q3', text: 'quantum' },
    ]);
    let asked = 0;
    const vocabulary = async () => {
      asked++;
      return ['sensing', 'quantum'];
    };
    const typo = await runQuery(index, planQuery('quantm', matcher), vocabulary);
    expect(typo.corrections).toEqual([{ from: 'quantm', to: 'quantum' }]);
    expect(typo.results.map((r) => r.id)).toEqual(['quantum', 'q2', 'q3']);
    expect(asked).toBe(1);
    await runQuery(index, planQuery('quantum', matcher), vocabulary);
    expect(asked).toBe(1);
  });
  it('orders equal scores by id, so results are stable', () => {
    const hit = (id: string) => ({ id, score: 1, data: async () => ({ url: id, excerpt: '', meta: {}, filters: {} }) });
    const groups = [{ text: 'x', plain: true, alternatives: [{ text: 'x', weight: 1, origin: 'own' as const }] }];
    const hits = new Map([
      [
        'x',
        new Map([
          ['b', hit('b')],
          ['a', hit('a')],
        ]),
      ],
    ]);
    expect(combine(groups, hits).map((r) => r.id)).toEqual(['a', 'b']);
  });
});
