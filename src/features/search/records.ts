/**
 * Search records: items of an aggregate page (a glossary term, a source) that are
 * found as results of their own, with their own address (`/glossary/#dual-use`), instead of as a
 * part of one long page that would outrank the focused pages.
 *
 * A component marks an item element with `{...searchRecord(title)}`; the element needs an `id`.
 * The index step (scripts/build/index-search.ts) then adds every marked element of every page to
 * the Pagefind index as a record of its own: the element's content, with the title given here and the
 * filters and metadata of the `SearchFilters` inside it. On the page itself the element is left out
 * of the index (`data-pagefind-ignore="all"`), so the aggregate keeps only its introduction and is
 * found when a reader searches for the page itself ("glossary", "sources").
 */

/** Marks an element as a record of its own. */
export const RECORD_ATTR = 'data-search-record';
/** The record's title, shown as the result's heading. */
export const RECORD_TITLE_ATTR = 'data-search-title';

/** The attributes of an element that is a search record of its own. */
export function searchRecord(title: string): Record<string, string> {
  return { [RECORD_ATTR]: '', [RECORD_TITLE_ATTR]: title, 'data-pagefind-ignore': 'all' };
}
