/**
 * Review intervals from the collection registry (src/schemas/index.ts): the history of an entry as
 * its page shows it. Kept apart from history.ts, which is pure and small, so that nothing that ships
 * to the browser pulls in the content schemas.
 */
import { COLLECTIONS, type CollectionName } from '#src/schemas/index.ts';
import { combinedHistory, pageHistory, type HistoryFields, type PageHistory } from './history.ts';

/** The review interval and launch day of a collection. */
export function reviewPolicy(collection: CollectionName): { reviewMonths: number; published: string } {
  const { reviewMonths, published } = COLLECTIONS[collection];
  return { reviewMonths, published };
}

/** The history of an entry of `collection`. */
export function historyOf(collection: CollectionName, data: HistoryFields): PageHistory {
  return pageHistory(data, reviewPolicy(collection));
}

/** The combined history of a page listing entries of `collection` (combinedHistory). */
export function historyOfAll(
  collection: CollectionName,
  entries: readonly { data: HistoryFields & { title: string } }[],
): PageHistory | undefined {
  return combinedHistory(entries.map((e) => ({ title: e.data.title, history: historyOf(collection, e.data) })));
}
