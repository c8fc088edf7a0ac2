/**
 * The timeline's pages. While it holds at most SINGLE_PAGE_MAX milestones the timeline is one page,
 * /timeline/, as it always was: every milestone at `/timeline/#<id>`. Past that (a site that grows
 * well beyond today's, as the benchmark's does), it splits into pages of whole years, each of at most
 * PAGE_SIZE milestones (a single year larger than that gets a page of its own), so that no page grows
 * without limit (test/bench/report.md): the first at /timeline/, the next at /timeline/2/, and so on.
 * Oldest first, so that new milestones only ever change the last page. Pure; tested in
 * test/unit/features/timeline/pages.test.ts.
 */
import type { YearGroup } from './timeline.ts';

/** Up to this many milestones, the timeline is a single page. */
export const SINGLE_PAGE_MAX = 300;
/** Past SINGLE_PAGE_MAX, the most milestones a page holds (unless one year alone has more). */
export const PAGE_SIZE = 200;

export interface TimelinePage<M> {
  /** 1 for /timeline/, 2 for /timeline/2/, … */
  number: number;
  groups: YearGroup<M>[];
  first: number;
  last: number;
}

/** The timeline's pages from its year groups, in date order (oldest first). */
export function timelinePages<M>(
  groups: YearGroup<M>[],
  singleMax = SINGLE_PAGE_MAX,
  size = PAGE_SIZE,
): TimelinePage<M>[] {
  const years = [...groups].sort((a, b) => a.year - b.year);
  const total = years.reduce((n, g) => n + g.items.length, 0);
  const parts: YearGroup<M>[][] = [];
  let current: YearGroup<M>[] = [];
  let count = 0;
  for (const g of years) {
    if (total > singleMax && current.length > 0 && count + g.items.length > size) {
      parts.push(current);
      current = [];
      count = 0;
    }
    current.push(g);
    count += g.items.length;
  }
  if (current.length > 0 || parts.length === 0) parts.push(current);
  return parts.map((part, i) => ({
    number: i + 1,
    groups: part,
    first: part[0]?.year ?? 0,
    last: part.at(-1)?.year ?? 0,
  }));
}

/** Milestone id → the number of the page it is on. */
export function pageOfMilestones<M extends { id: string }>(pages: TimelinePage<M>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of pages) for (const g of p.groups) for (const m of g.items) out.set(m.id, p.number);
  return out;
}
