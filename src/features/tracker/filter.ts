/**
 * The tracker's filter, as pure data: its address form and which listed instruments it keeps. The
 * /tracker/ page script (tracker-filter.ts) runs it in the browser, so it imports nothing.
 *
 * In the address: `/tracker/?j=canada&j=g7&status=in-force&who=researchers&from=2024&to=2026`.
 * `j` (a jurisdiction id, or `g7` / `international` for instruments of no single jurisdiction),
 * `status` and `who` (a stakeholder) repeat: within one of them any value matches, and all of them
 * must match together. `from` and `to` are years: an instrument matches when one of its dated events
 * falls in that span. Unknown values are ignored; an empty filter keeps everything.
 */

export interface TrackerFilter {
  j: string[];
  status: string[];
  who: string[];
  from?: number | undefined;
  to?: number | undefined;
}

export const EMPTY_FILTER: TrackerFilter = { j: [], status: [], who: [] };

/** The values the filter knows, and the years the events span (bounds of `from` and `to`). */
export interface FilterOptions {
  j: Iterable<string>;
  status: Iterable<string>;
  who: Iterable<string>;
  years: { first: number; last: number };
}

/** What the filter reads of one listed instrument (the list item's data attributes carry it). */
export interface FilterItem {
  /** Its jurisdiction id, or its scope (`g7`, `international`). */
  j: string;
  status: string;
  who: readonly string[];
  /** The years of its dated events. */
  years: readonly number[];
}

/** Reads the filter from a query string: known values only, each once, in the order given. */
export function parseTrackerFilter(query: string | URLSearchParams, known: FilterOptions): TrackerFilter {
  const params =
    typeof query === 'string' ? new URLSearchParams(query.startsWith('?') ? query.slice(1) : query) : query;
  const keep = (name: 'j' | 'status' | 'who', ok: Iterable<string>) => {
    const set = new Set(ok);
    return [...new Set(params.getAll(name))].filter((v) => set.has(v));
  };
  const year = (name: string) => {
    const raw = params.get(name);
    if (!raw || !/^\d{4}$/.test(raw)) return undefined;
    const n = Number(raw);
    return n >= known.years.first && n <= known.years.last ? n : undefined;
  };
  let from = year('from');
  let to = year('to');
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  return { j: keep('j', known.j), status: keep('status', known.status), who: keep('who', known.who), from, to };
}

/** Writes the filter as a query string without "?" (empty when nothing is picked). */
export function serialiseTrackerFilter(filter: TrackerFilter): string {
  const params = new URLSearchParams();
  for (const v of filter.j) params.append('j', v);
  for (const v of filter.status) params.append('status', v);
  for (const v of filter.who) params.append('who', v);
  if (filter.from !== undefined) params.set('from', String(filter.from));
  if (filter.to !== undefined) params.set('to', String(filter.to));
  return params.toString();
}

export function isEmptyFilter(filter: TrackerFilter): boolean {
  return (
    filter.j.length === 0 &&
    filter.status.length === 0 &&
    filter.who.length === 0 &&
    filter.from === undefined &&
    filter.to === undefined
  );
}

export function matchesTrackerFilter(item: FilterItem, filter: TrackerFilter): boolean {
  if (filter.j.length > 0 && !filter.j.includes(item.j)) return false;
  if (filter.status.length > 0 && !filter.status.includes(item.status)) return false;
  if (filter.who.length > 0 && !item.who.some((w) => filter.who.includes(w))) return false;
  if (filter.from !== undefined || filter.to !== undefined) {
    const from = filter.from ?? Number.NEGATIVE_INFINITY;
    const to = filter.to ?? Number.POSITIVE_INFINITY;
    if (!item.years.some((y) => y >= from && y <= to)) return false;
  }
  return true;
}
