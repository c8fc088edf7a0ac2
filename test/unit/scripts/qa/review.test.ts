import { describe, expect, it } from 'vitest';
import type { LoadedEntry } from '#scripts/qa/entries.ts';
import { reviewList } from '#scripts/qa/review.ts';

const entry = (collection: LoadedEntry['collection'], id: string, lastReviewed: string): LoadedEntry => ({
  collection,
  id,
  file: `content/${collection}/${id}.yaml`,
  data: { lastReviewed },
});

describe('npm run review', () => {
  const entries = [
    entry('instruments', 'overdue', '2026-08-01'), // 3 months → 2026-11-01
    entry('jurisdictions', 'soon', '2026-06-20'), // 6 months → 2026-12-20
    entry('glossary', 'fine', '2026-11-21'), // 12 months → 2027-11-21
    entry('instruments', 'older', '2026-07-15'), // → 2026-10-15
  ];

  it('lists entries past their review date and those due within 30 days, soonest first', () => {
    expect(reviewList(entries, '2026-12-02').map((r) => `${r.state} ${r.nextReview} ${r.id}`)).toEqual([
      'overdue 2026-10-15 older',
      'overdue 2026-11-01 overdue',
      'due-soon 2026-12-20 soon',
    ]);
  });

  it('looks further ahead when asked', () => {
    expect(reviewList(entries, '2026-12-02', 400).map((r) => r.id)).toContain('fine');
    expect(reviewList(entries, '2026-12-02', 10).map((r) => r.id)).not.toContain('soon');
  });
});
