/**
 * Runs a query plan (query.ts) on Pagefind and ranks the combined results. No DOM: the search page,
 * the header dialog and the search-quality test (test/dist/search-quality.test.ts) all use this, so
 * the test measures what readers get. Tested with a fake index in test/unit/features/search/engine.test.ts.
 *
 * How results are combined, and why:
 * - Each alternative of each group is one Pagefind search. A page's score for a group is its best
 *   alternative's score × that alternative's weight (the reader's own words count more than the
 *   lexicon's).
 * - A page's score is the sum over groups (as Pagefind itself adds up the words of one search),
 *   times (groups matched ÷ groups)²: a page with all of the reader's subjects comes before one
 *   with half of them, unless the latter is far more relevant.
 * - Which pages are shown: those matching every group, if there are at least MIN_RESULTS of them;
 *   otherwise the requirement drops one group at a time. A precise question keeps precise results,
 *   a long question still finds the pages that answer most of it.
 * - A plain word that finds fewer than FEW_HITS pages is checked against the site's vocabulary
 *   (spelling.ts); the nearest word is searched too, and offered as "did you mean".
 */
import type { QueryGroup, QueryPlan } from './query.ts';
import { suggest } from './spelling.ts';
import { WEIGHT } from './query.ts';

/** What the interface reads of a Pagefind result's data. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; anchor?: { element: string; id: string } }[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
/** The part of Pagefind's JS API (pagefind.js) the engine uses. */
export interface SearchBackend {
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface RankedResult {
  id: string;
  score: number;
  /** How many of the query's groups the page matched. */
  matched: number;
  data(): Promise<PagefindData>;
}

export interface QueryOutcome {
  results: RankedResult[];
  /** Misspelt words and the vocabulary word searched as well ("did you mean"). */
  corrections: { from: string; to: string }[];
  /** The groups as searched (corrections added). */
  plan: QueryPlan;
}

export const MIN_RESULTS = 5;
export const FEW_HITS = 3;
const COORDINATION_POWER = 2;

type Hits = Map<string, PagefindResult>;

async function searchAll(backend: SearchBackend, texts: string[]): Promise<Map<string, Hits>> {
  const unique = [...new Set(texts)];
  const responses = await Promise.all(unique.map((t) => backend.search(t)));
  const out = new Map<string, Hits>();
  unique.forEach((t, i) => {
    out.set(t, new Map((responses[i]?.results ?? []).map((r) => [r.id, r])));
  });
  return out;
}

/** Best weighted score of each page in one group. */
function groupScores(
  group: QueryGroup,
  hits: Map<string, Hits>,
): Map<string, { score: number; result: PagefindResult }> {
  const best = new Map<string, { score: number; result: PagefindResult }>();
  for (const alt of group.alternatives) {
    for (const [id, result] of hits.get(alt.text) ?? []) {
      const score = result.score * alt.weight;
      const seen = best.get(id);
      if (!seen || score > seen.score) best.set(id, { score, result });
    }
  }
  return best;
}

/** Combines the groups' scores (see the module comment). `weightOf` scales a page's score. */
export function combine(
  groups: QueryGroup[],
  hits: Map<string, Hits>,
  weightOf: (id: string) => number = () => 1,
): RankedResult[] {
  const perGroup = groups.map((g) => groupScores(g, hits));
  const all = new Map<string, { sum: number; matched: number; best: { score: number; result: PagefindResult } }>();
  for (const scores of perGroup) {
    for (const [id, s] of scores) {
      const seen = all.get(id);
      if (!seen) all.set(id, { sum: s.score, matched: 1, best: s });
      else {
        seen.sum += s.score;
        seen.matched++;
        if (s.score > seen.best.score) seen.best = s;
      }
    }
  }
  let required = groups.length;
  const atLeast = (n: number) => [...all.values()].filter((v) => v.matched >= n).length;
  while (required > 1 && atLeast(required) < MIN_RESULTS) required--;
  const ranked: RankedResult[] = [];
  for (const [id, v] of all) {
    if (v.matched < required) continue;
    const coordination = (v.matched / groups.length) ** COORDINATION_POWER;
    const result = v.best.result;
    ranked.push({ id, score: v.sum * coordination * weightOf(id), matched: v.matched, data: () => result.data() });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Runs a plan: every alternative searched at once, then spelling corrections where words found
 * little. `vocabulary` is asked for only then (the interface loads it on demand). `weightOf` may be a
 * promise, awaited once the searches are done.
 */
export async function runQuery(
  backend: SearchBackend,
  plan: QueryPlan,
  vocabulary: () => Promise<readonly string[]>,
  weightOf?: ((id: string) => number) | Promise<(id: string) => number>,
): Promise<QueryOutcome> {
  const texts = plan.groups.flatMap((g) => g.alternatives.map((a) => a.text));
  const hits = await searchAll(backend, texts);
  const corrections: { from: string; to: string }[] = [];
  const unsure = plan.groups.filter((g) => g.plain && (hits.get(g.alternatives[0]!.text)?.size ?? 0) < FEW_HITS);
  const words = unsure.length > 0 ? await vocabulary() : [];
  const groups = plan.groups.map((g) => {
    if (!unsure.includes(g)) return g;
    const own = g.alternatives[0]!;
    const to = suggest(own.text, words);
    if (!to || to === own.text) return g;
    corrections.push({ from: g.text, to });
    return {
      ...g,
      alternatives: [...g.alternatives, { text: to, weight: WEIGHT.correction, origin: 'correction' as const }],
    };
  });
  if (corrections.length > 0) {
    for (const [t, h] of await searchAll(
      backend,
      corrections.map((c) => c.to),
    ))
      hits.set(t, h);
  }
  const finalPlan = { ...plan, groups };
  // Awaited last: the interface looks the weights up while the words are being searched.
  return { results: combine(groups, hits, await weightOf), corrections, plan: finalPlan };
}
