/**
 * Pure helpers of the search UI: facet selections ⇄ URL parameters ⇄ Pagefind filter objects.
 * No DOM here; the result count is announced with the plural string `search.results`.
 */

/** Marks the search page's mount: the build's index step adds preload hints to the page that has it. */
export const SEARCH_PAGE_ATTR = 'data-search-page';

/** The facets offered, in display order. Keys are the Pagefind filter names used by pages. */
export const FACETS = ['type', 'jurisdiction', 'stakeholder', 'risk', 'practice'] as const;
export type Facet = (typeof FACETS)[number];
export type Selection = Partial<Record<Facet, string[]>>;

/** Pagefind filters: values of one facet are alternatives (any), facets combine (all). */
export function toPagefindFilters(selection: Selection): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    const values = selection[facet];
    if (values && values.length > 0) out[facet] = { any: [...values] };
  }
  return out;
}

export function hasFilters(selection: Selection): boolean {
  return FACETS.some((f) => (selection[f]?.length ?? 0) > 0);
}

/** Reads `?q=…&type=…&type=…` into a query and a selection. Unknown parameters are ignored. */
export function fromParams(params: URLSearchParams): { query: string; selection: Selection } {
  const selection: Selection = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter((v) => v.length > 0 && v.length < 120);
    if (values.length > 0) selection[facet] = [...new Set(values)];
  }
  return { query: (params.get('q') ?? '').slice(0, 200), selection };
}

/** Writes a query and selection as URL parameters (stable order, so URLs can be shared and compared). */
export function toParams(query: string, selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const facet of FACETS) for (const v of [...(selection[facet] ?? [])].sort()) params.append(facet, v);
  return params;
}

/** Adds or removes one value of a facet; returns a new selection. */
export function toggle(selection: Selection, facet: Facet, value: string, on: boolean): Selection {
  const current = new Set(selection[facet] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  return { ...selection, [facet]: [...current] };
}

/** Facet values sorted by count (highest first), then name: what a reader most likely wants first. */
export function sortFacetValues(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
