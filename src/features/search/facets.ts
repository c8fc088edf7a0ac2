/**
 * Facets that tell the truth: which results each facet value holds, for the current query and
 * filters. Pure apart from `buildFacetIndex`; tested in test/unit/features/search/facets.test.ts, and
 * against the real index in test/dist/search-facets.test.ts.
 *
 * The counts follow the rule the interface applies when a box is ticked: values of one facet are
 * alternatives (any), facets combine (all). So the count shown next to a value is the number of
 * results the reader gets with that value as the only one ticked in its facet, the other facets'
 * choices kept. A value that would give none shows 0 and is disabled.
 *
 * Why not Pagefind's own counts: a search returns, for each value, how many of *its* results have
 * it. The results shown here combine several searches (engine.ts), and a count must also ignore its
 * own facet's choices. So the pages of each value are looked up once (a filter-only search per
 * value, on the filter files, no index chunks) and counted here.
 */
import type { PagefindResult, SearchBackend } from './engine.ts';
import { FACETS, type Facet, type Selection } from './search.ts';

/** For each facet, for each value (a key: SearchFilters.astro), the ids of the pages that have it. */
export type FacetIndex = Map<string, Map<string, Set<string>>>;

/** Looks up the pages of every value of the given filters (`values`: Pagefind's `filters()`). */
export async function buildFacetIndex(
  backend: SearchBackend,
  values: Record<string, Record<string, number>>,
  facets: readonly string[] = FACETS,
): Promise<FacetIndex> {
  const index: FacetIndex = new Map();
  const jobs: Promise<void>[] = [];
  for (const facet of facets) {
    const byValue = new Map<string, Set<string>>();
    index.set(facet, byValue);
    for (const value of Object.keys(values[facet] ?? {})) {
      jobs.push(
        backend.search(null, { filters: { [facet]: value } }).then((r) => {
          byValue.set(value, new Set((r?.results ?? []).map((x: PagefindResult) => x.id)));
        }),
      );
    }
  }
  await Promise.all(jobs);
  return index;
}

/** Does page `id` satisfy the selection, leaving out facet `except`? */
export function matches(index: FacetIndex, selection: Selection, id: string, except?: Facet): boolean {
  for (const facet of FACETS) {
    if (facet === except) continue;
    const chosen = selection[facet];
    if (!chosen || chosen.length === 0) continue;
    const byValue = index.get(facet);
    if (!chosen.some((v) => byValue?.get(v)?.has(id))) return false;
  }
  return true;
}

/** The results that satisfy the selection, in their order. */
export function applySelection<T extends { id: string }>(index: FacetIndex, selection: Selection, results: T[]): T[] {
  return results.filter((r) => matches(index, selection, r.id));
}

/**
 * For each facet value, how many of `results` the reader would get with that value as the only one
 * ticked in its facet (other facets as selected).
 */
export function facetCounts(
  index: FacetIndex,
  selection: Selection,
  results: readonly { id: string }[],
): Record<Facet, Record<string, number>> {
  const out = {} as Record<Facet, Record<string, number>>;
  for (const facet of FACETS) {
    const counts: Record<string, number> = {};
    const byValue = index.get(facet) ?? new Map<string, Set<string>>();
    const pool = results.filter((r) => matches(index, selection, r.id, facet));
    for (const [value, ids] of byValue) counts[value] = pool.filter((r) => ids.has(r.id)).length;
    out[facet] = counts;
  }
  return out;
}

/** Every page in the index (every page has a content type), for browsing by filters alone. */
export function allPages(index: FacetIndex): string[] {
  const ids = new Set<string>();
  for (const set of index.get('type')?.values() ?? []) for (const id of set) ids.add(id);
  return [...ids];
}

/**
 * The weight of a page from its content type's key, the `type` facet's value (ranking.ts
 * TYPE_WEIGHTS); 1 when unlisted.
 */
export function typeWeigher(index: FacetIndex, weights: Readonly<Record<string, number>>): (id: string) => number {
  const byId = new Map<string, number>();
  for (const [value, ids] of index.get('type') ?? []) {
    const w = weights[value];
    if (w !== undefined) for (const id of ids) byId.set(id, w);
  }
  return (id) => byId.get(id) ?? 1;
}
