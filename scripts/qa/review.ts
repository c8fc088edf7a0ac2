/**
 * The review list behind `npm run review`: every entry whose next full review is past (overdue) or
 * falls within the next `soonDays` days (due soon), soonest first. "Next review" is `lastReviewed`
 * plus the collection's review interval (src/schemas/index.ts), the same date the entry's page shows.
 */
import { pageHistory, reviewState, type ReviewState } from '#src/lib/history.ts';
import { reviewPolicy } from '#src/lib/review.ts';
import type { LoadedEntry } from './entries.ts';

export interface ReviewRow {
  file: string;
  collection: string;
  id: string;
  lastReviewed: string;
  nextReview: string;
  state: Exclude<ReviewState, 'ok'>;
}

export function reviewList(entries: readonly LoadedEntry[], today: string, soonDays = 30): ReviewRow[] {
  return entries
    .flatMap((e): ReviewRow[] => {
      const lastReviewed = e.data.lastReviewed;
      if (typeof lastReviewed !== 'string') return [];
      const { nextReview } = pageHistory({ lastReviewed }, reviewPolicy(e.collection));
      const state = reviewState(nextReview, today, soonDays);
      return state === 'ok'
        ? []
        : [{ file: e.file, collection: e.collection, id: e.id, lastReviewed, nextReview, state }];
    })
    .sort((a, b) => a.nextReview.localeCompare(b.nextReview) || a.file.localeCompare(b.file));
}
