import { describe, expect, it } from 'vitest';
import {
  chartLayout,
  filterKey,
  fractionalYear,
  groupByYear,
  matchesFilter,
  parseTimelineFilter,
  serialiseTimelineFilter,
  sortMilestones,
  type MilestoneLike,
} from '#src/features/timeline/timeline.ts';

const m = (
  id: string,
  date: string,
  jurisdiction?: string,
  scope: MilestoneLike['scope'] = jurisdiction ? 'national' : 'g7',
): MilestoneLike => ({
  id,
  title: `Title ${id}`,
  date,
  jurisdiction,
  scope,
});

const milestones = [
  m('c', '2024-01-16', 'canada'),
  m('a', '2019', 'united-kingdom'),
  m('g', '2022-06', undefined, 'g7'),
  m('b', '2019-08-28', 'australia'),
  m('i', '2024', undefined, 'international'),
];

describe('ordering and grouping', () => {
  it('sorts oldest first (a year-only date before its months) or newest first', () => {
    expect(sortMilestones(milestones).map((x) => x.id)).toEqual(['a', 'b', 'g', 'i', 'c']);
    expect(sortMilestones(milestones, true).map((x) => x.id)).toEqual(['c', 'i', 'g', 'b', 'a']);
  });
  it('groups by year, years ascending', () => {
    const groups = groupByYear(milestones);
    expect(groups.map((g) => g.year)).toEqual([2019, 2022, 2024]);
    expect(groups[0]!.items.map((x) => x.id)).toEqual(['a', 'b']);
  });
  it('keys a milestone by its jurisdiction, or by its scope when it has none', () => {
    expect(filterKey(milestones[0]!)).toBe('canada');
    expect(filterKey(milestones[2]!)).toBe('g7');
  });
});

describe('chart layout', () => {
  it('places a year-only date mid-year and a full date inside its year', () => {
    expect(fractionalYear('2019')).toBe(2019.5);
    expect(fractionalYear('2019-01')).toBeCloseTo(2019 + 14 / 366, 5);
    expect(fractionalYear('2019-12-31')).toBeGreaterThan(2019.9);
    expect(fractionalYear('2019-12-31')).toBeLessThan(2020);
  });
  it('lays out one row per key with milestones and one dot per milestone', () => {
    const rows = [
      { key: 'g7', label: 'G7' },
      { key: 'canada', label: 'Canada' },
      { key: 'france', label: 'France' },
      { key: 'united-kingdom', label: 'United Kingdom' },
      { key: 'australia', label: 'Australia' },
    ];
    const layout = chartLayout(milestones, rows, { labelWidth: 100, yearWidth: 50, rowHeight: 20, top: 0 });
    // France has no milestone and "international" has no row: both left out.
    expect(layout.rows.map((r) => r.key)).toEqual(['g7', 'canada', 'united-kingdom', 'australia']);
    expect(layout.rows.map((r) => r.count)).toEqual([1, 1, 1, 1]);
    expect(layout.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(layout.years[0]!.x).toBe(100);
    expect(layout.plotRight).toBe(100 + 6 * 50);
    expect(layout.dots).toHaveLength(4);
    const uk = layout.dots.find((d) => d.id === 'a')!;
    expect(uk.x).toBe(125);
    expect(uk.y).toBe(layout.rows[2]!.y);
    for (const d of layout.dots) {
      expect(d.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(d.x).toBeLessThanOrEqual(layout.plotRight);
      expect(d.y).toBeLessThan(layout.axisY);
    }
  });
  it('copes with no milestones', () => {
    const layout = chartLayout([], [{ key: 'g7', label: 'G7' }]);
    expect(layout.rows).toEqual([]);
    expect(layout.dots).toEqual([]);
    expect(layout.years).toHaveLength(1);
  });
});

describe('filter in the URL', () => {
  const known = ['canada', 'g7', 'france'];
  it('parses known keys once, in order, and round-trips', () => {
    expect(parseTimelineFilter('?j=france&j=narnia&j=g7&j=france', known)).toEqual(['france', 'g7']);
    expect(serialiseTimelineFilter(['france', 'g7'])).toBe('j=france&j=g7');
    expect(parseTimelineFilter(new URLSearchParams(serialiseTimelineFilter(['canada'])), known)).toEqual(['canada']);
    expect(serialiseTimelineFilter([])).toBe('');
  });
  it('shows everything with an empty filter, otherwise only the picked keys', () => {
    expect(matchesFilter('canada', [])).toBe(true);
    expect(matchesFilter('canada', ['g7'])).toBe(false);
    expect(matchesFilter('g7', ['g7', 'canada'])).toBe(true);
  });
});
