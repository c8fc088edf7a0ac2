import { describe, expect, it } from 'vitest';
import { combinedHistory, majorChanges, pageHistory, reviewState } from '#src/lib/history.ts';
import { historyOf, reviewPolicy } from '#src/lib/review.ts';

const policy = { reviewMonths: 6, published: '2026-11-21' };

describe('page history', () => {
  it('lists major changes only, newest first, later notes of one day first', () => {
    const changes = [
      { date: '2026-11-25', kind: 'major', note: 'First major change.' },
      { date: '2026-11-30', kind: 'minor', note: 'A typo fixed.' },
      { date: '2026-12-02', kind: 'major', note: 'Earlier note of the day.' },
      { date: '2026-12-02', kind: 'major', note: 'Later note of the day.' },
    ] as const;
    expect(majorChanges(changes).map((c) => c.note)).toEqual([
      'Later note of the day.',
      'Earlier note of the day.',
      'First major change.',
    ]);
  });

  it('is updated on its latest major change; without one, on the day it was first published', () => {
    const minorOnly = pageHistory(
      { lastReviewed: '2026-11-21', changes: [{ date: '2026-12-01', kind: 'minor', note: 'Link fixed.' }] },
      policy,
    );
    expect(minorOnly).toEqual({
      published: '2026-11-21',
      updated: '2026-11-21',
      lastReviewed: '2026-11-21',
      nextReview: '2027-05-21',
      changes: [],
    });
    expect(pageHistory({ lastReviewed: '2026-12-02', published: '2026-12-02' }, policy).updated).toBe('2026-12-02');
    expect(
      pageHistory(
        { lastReviewed: '2026-11-21', changes: [{ date: '2026-12-02', kind: 'major', note: 'A fact changed.' }] },
        policy,
      ).updated,
    ).toBe('2026-12-02');
  });

  it('takes the review interval and launch day from the collection registry', () => {
    expect(reviewPolicy('instruments').reviewMonths).toBe(3);
    expect(reviewPolicy('jurisdictions').reviewMonths).toBe(6);
    expect(reviewPolicy('glossary').reviewMonths).toBe(12);
    expect(historyOf('instruments', { lastReviewed: '2026-12-02' })).toMatchObject({
      nextReview: '2027-03-02',
      published: '2026-12-02',
    });
  });

  it('says whether a review is overdue, due within 30 days, or not yet due', () => {
    expect(reviewState('2026-12-01', '2026-12-02')).toBe('overdue');
    expect(reviewState('2026-12-02', '2026-12-02')).toBe('due-soon');
    expect(reviewState('2027-01-01', '2026-12-02')).toBe('due-soon');
    expect(reviewState('2027-01-02', '2026-12-02')).toBe('ok');
    expect(reviewState('2027-01-02', '2026-12-02', 31)).toBe('due-soon');
  });
});

describe('the history of a page of many entries', () => {
  it('is reviewed as of its least recently reviewed entry, due with the first, updated with the latest', () => {
    const a = pageHistory(
      { lastReviewed: '2026-11-21', changes: [{ date: '2026-12-01', kind: 'major', note: 'Definition sharpened.' }] },
      policy,
    );
    const b = pageHistory({ lastReviewed: '2026-12-02' }, policy);
    expect(combinedHistory([])).toBeUndefined();
    expect(
      combinedHistory([
        { title: 'Dual use', history: a },
        { title: 'Deemed export', history: b },
      ]),
    ).toEqual({
      published: '2026-11-21',
      updated: '2026-12-01',
      lastReviewed: '2026-11-21',
      nextReview: '2027-05-21',
      changes: [{ date: '2026-12-01', kind: 'major', note: 'Dual use: Definition sharpened.' }],
    });
  });
});
