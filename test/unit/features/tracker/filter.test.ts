import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  isEmptyFilter,
  matchesTrackerFilter,
  parseTrackerFilter,
  serialiseTrackerFilter,
  type FilterItem,
} from '#src/features/tracker/filter.ts';

const known = {
  j: ['canada', 'germany', 'g7'],
  status: ['in-force', 'proposed', 'superseded'],
  who: ['governments', 'institutions', 'researchers'],
  years: { first: 2010, last: 2027 },
};
const item = (over: Partial<FilterItem> = {}): FilterItem => ({
  j: 'canada',
  status: 'in-force',
  who: ['institutions', 'researchers'],
  years: [2021, 2024],
  ...over,
});

describe('the tracker filter in the address', () => {
  it('reads known values only, each once, in the order given', () => {
    expect(
      parseTrackerFilter('?j=germany&j=narnia&j=canada&j=germany&status=in-force&status=lost&who=researchers', known),
    ).toEqual({ j: ['germany', 'canada'], status: ['in-force'], who: ['researchers'], from: undefined, to: undefined });
  });

  it('reads years within the span of the events, and swaps them when given backwards', () => {
    expect(parseTrackerFilter('from=2026&to=2021', known)).toMatchObject({ from: 2021, to: 2026 });
    expect(parseTrackerFilter('from=1900&to=20x4', known)).toMatchObject({ from: undefined, to: undefined });
  });

  it('writes what it reads, and nothing for an empty filter', () => {
    const query = 'j=canada&j=g7&status=proposed&who=governments&from=2020&to=2024';
    expect(serialiseTrackerFilter(parseTrackerFilter(query, known))).toBe(query);
    expect(serialiseTrackerFilter(EMPTY_FILTER)).toBe('');
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(isEmptyFilter({ ...EMPTY_FILTER, from: 2020 })).toBe(false);
  });
});

describe('which instruments the filter keeps', () => {
  it('keeps everything when empty', () => {
    expect(matchesTrackerFilter(item(), EMPTY_FILTER)).toBe(true);
  });

  it('matches any value within a group, and every group together', () => {
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, j: ['germany', 'canada'] })).toBe(true);
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, j: ['germany'] })).toBe(false);
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, j: ['canada'], status: ['proposed'] })).toBe(false);
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, who: ['governments', 'researchers'] })).toBe(true);
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, who: ['governments'] })).toBe(false);
  });

  it('keeps an instrument with any dated event in the span of years', () => {
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, from: 2022, to: 2023 })).toBe(false);
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, from: 2024 })).toBe(true);
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, to: 2021 })).toBe(true);
    expect(matchesTrackerFilter(item(), { ...EMPTY_FILTER, to: 2020 })).toBe(false);
  });
});
