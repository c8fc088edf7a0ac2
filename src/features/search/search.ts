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

/**
 * The label of each facet value, by facet: key → label in a language (labels.ts). Facet values are
 * keys and ids, the same in every language. The search page carries them (`data-labels`); the header's
 * dialog, on every page, fetches them from `facetLabelsPath` when it opens, so that no page carries a
 * list that grows with every jurisdiction.
 */
export type FacetLabels = Partial<Record<Facet, Record<string, string>>>;

/** Where the build writes a language's facet labels (src/pages/search/labels.[locale].json.ts). */
export const facetLabelsPath = (lang: string) => `/search/labels.${lang}.json`;

/** A value's label; the value itself when the page has no label for it. */
export function labelOf(labels: FacetLabels, facet: Facet, value: string): string {
  return labels[facet]?.[value] ?? value;
}

/**
 * Facet values sorted by count (highest first), then by label in the locale's collation: what a
 * reader most likely wants first, then in the order of their alphabet.
 */
export function sortFacetValues(
  counts: Record<string, number>,
  label: (value: string) => string = (v) => v,
  locale?: string,
): [string, number][] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || collator.compare(label(a[0]), label(b[0])));
}

/**
 * Addresses shared before the values were keys carry labels (`?type=Case+study`,
 * `?jurisdiction=Canada`): each value that is not a key of its facet but is an old label
 * (`legacy`: facet → lower-case label → key) becomes that key. Other values are kept as they are.
 * `changed` says whether the address should be written again, with the keys.
 */
export function upgradeSelection(
  selection: Selection,
  labels: FacetLabels,
  legacy: FacetLabels,
): { selection: Selection; changed: boolean } {
  let changed = false;
  const out: Selection = {};
  for (const facet of FACETS) {
    const values = selection[facet];
    if (!values) continue;
    const keys = values.map((v) => {
      if (labels[facet]?.[v] !== undefined) return v;
      const key = legacy[facet]?.[v.toLowerCase()];
      if (key === undefined) return v;
      changed = true;
      return key;
    });
    out[facet] = [...new Set(keys)];
  }
  return { selection: out, changed };
}
