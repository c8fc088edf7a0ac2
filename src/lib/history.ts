/**
 * The change history of an entry, GOV.UK-style: when it was last updated (its latest major change,
 * else the day it was first published), when it was last reviewed, when its next review is due (the
 * review interval of its collection, src/schemas/index.ts: see review.ts) and its major changes, newest first.
 * Minor changes (wording, typos, links) are kept in the file but shown nowhere.
 *
 * Pure: dates are `YYYY-MM-DD` strings (which sort as dates); "today" is always passed in.
 */
import { addDays, addMonths } from './dates.ts';

export interface ChangeNote {
  date: string;
  note: string;
  kind: 'major' | 'minor';
}

/** The fields of an entry the history reads. */
export interface HistoryFields {
  lastReviewed: string;
  changes?: readonly ChangeNote[] | undefined;
  published?: string | undefined;
}

export interface PageHistory {
  /** First published: the entry's own `published` day, else its collection's launch day. */
  published: string;
  /** The latest major change, else `published`. */
  updated: string;
  lastReviewed: string;
  /** `lastReviewed` plus the collection's review interval. */
  nextReview: string;
  /** Major changes, newest first (same day: the later one in the file first). */
  changes: ChangeNote[];
}

/** Major changes, newest first. */
export function majorChanges(changes: readonly ChangeNote[] = []): ChangeNote[] {
  return changes
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.kind === 'major')
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || b.i - a.i)
    .map(({ c }) => c);
}

/** The history shown on an entry's page. */
export function pageHistory(data: HistoryFields, policy: { reviewMonths: number; published: string }): PageHistory {
  const changes = majorChanges(data.changes);
  const published = data.published ?? policy.published;
  return {
    published,
    updated: changes[0]?.date ?? published,
    lastReviewed: data.lastReviewed,
    nextReview: addMonths(data.lastReviewed, policy.reviewMonths),
    changes,
  };
}

export type ReviewState = 'overdue' | 'due-soon' | 'ok';

/** Past its review date, due within `soonDays` (default 30), or neither. */
export function reviewState(nextReview: string, today: string, soonDays = 30): ReviewState {
  if (nextReview < today) return 'overdue';
  if (nextReview <= addDays(today, soonDays)) return 'due-soon';
  return 'ok';
}

/**
 * The history of a page that shows many entries without pages of their own (the glossary, the
 * comparison's dimensions, the lists crosswalk): reviewed as of its least recently reviewed entry,
 * due when the first of them is due, updated on the latest major change of any, and the major
 * changes of all, each prefixed with its entry's title, newest first.
 */
export function combinedHistory(parts: readonly { title: string; history: PageHistory }[]): PageHistory | undefined {
  if (parts.length === 0) return undefined;
  const earliest = (pick: (h: PageHistory) => string) => parts.map((p) => pick(p.history)).sort()[0]!;
  const latest = (pick: (h: PageHistory) => string) =>
    parts
      .map((p) => pick(p.history))
      .sort()
      .at(-1)!;
  const changes = parts
    .flatMap((p) => p.history.changes.map((c) => ({ ...c, note: `${p.title}: ${c.note}` })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.note.localeCompare(b.note));
  return {
    published: earliest((h) => h.published),
    updated: latest((h) => h.updated),
    lastReviewed: earliest((h) => h.lastReviewed),
    nextReview: earliest((h) => h.nextReview),
    changes,
  };
}
