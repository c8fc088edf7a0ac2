import { describe, expect, it } from 'vitest';
import { pageOfMilestones, timelinePages } from '#src/features/timeline/pages.ts';
import { milestoneUrl, timelinePath } from '#src/lib/routes.ts';

const year = (y: number, n: number) => ({ year: y, items: Array.from({ length: n }, (_, i) => ({ id: `${y}-${i}` })) });
const shape = (pages: ReturnType<typeof timelinePages>) =>
  pages.map((p) => [p.number, p.first, p.last, p.groups.reduce((n, g) => n + g.items.length, 0)]);

describe('timelinePages', () => {
  it('keeps a timeline of up to the single-page maximum on one page', () => {
    expect(shape(timelinePages([year(2020, 150), year(2019, 150)], 300, 200))).toEqual([[1, 2019, 2020, 300]]);
  });
  it('past it, splits into whole years of at most the page size, oldest first', () => {
    const pages = timelinePages([year(2018, 120), year(2019, 90), year(2020, 60), year(2021, 50)], 300, 200);
    expect(shape(pages)).toEqual([
      [1, 2018, 2018, 120],
      [2, 2019, 2021, 200],
    ]);
  });
  it('gives a year larger than a page a page of its own', () => {
    expect(shape(timelinePages([year(2018, 10), year(2019, 400), year(2020, 10)], 300, 200))).toEqual([
      [1, 2018, 2018, 10],
      [2, 2019, 2019, 400],
      [3, 2020, 2020, 10],
    ]);
  });
  it('has one empty page for an empty timeline', () => {
    expect(shape(timelinePages([], 300, 200))).toEqual([[1, 0, 0, 0]]);
  });
  it('maps every milestone to its page, and pages to addresses', () => {
    const map = pageOfMilestones(timelinePages([year(2018, 120), year(2019, 190)], 300, 200));
    expect([map.get('2018-0'), map.get('2019-5'), map.size]).toEqual([1, 2, 310]);
    expect([timelinePath(1), timelinePath(3), milestoneUrl('a'), milestoneUrl('b', 2)]).toEqual([
      '/timeline/',
      '/timeline/3/',
      '/timeline/#a',
      '/timeline/2/#b',
    ]);
  });
});
