/**
 * The search as readers get it, in Node: the built site's Pagefind (pagefind-node.ts), its lexicon
 * and vocabulary, and the same query planning and ranking as the interface (query.ts, engine.ts,
 * ranking.ts, facets.ts). For the search-quality and facet tests, and `npm run search:ask`.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runQuery } from '#src/features/search/engine.ts';
import type { Lexicon } from '#src/features/search/lexicon.ts';
import { matcherFor, planQuery } from '#src/features/search/query.ts';
import { buildFacetIndex, typeWeigher } from '#src/features/search/facets.ts';
import { PAGEFIND_OPTIONS, TYPE_WEIGHTS } from '#src/features/search/ranking.ts';
import { loadPagefind } from './pagefind-node.ts';

/**
 * The facet labels the search page of `lang` hands to the interface (`data-labels`, labels.ts):
 * facet → key → label.
 */
export async function searchPageLabels(dist = 'dist', lang = 'en'): Promise<Record<string, Record<string, string>>> {
  const html = await readFile(join(resolve(dist), lang === 'en' ? '' : lang, 'search', 'index.html'), 'utf8');
  const raw = /data-labels="([^"]*)"/.exec(html)?.[1] ?? '{}';
  const text = raw
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
  return JSON.parse(text) as Record<string, Record<string, string>>;
}

export interface AskResult {
  urls: string[];
  scores: number[];
  titles: string[];
  added: string[];
  corrections: { from: string; to: string }[];
}

export async function nodeSearch(dist = 'dist', lang = 'en') {
  const root = resolve(dist);
  const pagefind = await loadPagefind(root);
  await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: '/' });
  // Pagefind picks its index by the page's <html lang>, as in the browser: a stand-in document says
  // which while it starts (one language per Pagefind module instance, so one per test file).
  const g = globalThis as { document?: unknown };
  const had = 'document' in g;
  if (!had) g.document = { querySelector: () => ({ getAttribute: () => lang }) };
  try {
    await pagefind.init();
  } finally {
    if (!had) delete g.document;
  }
  const lexicon = JSON.parse(await readFile(join(root, 'search', `lexicon.${lang}.json`), 'utf8')) as Lexicon;
  const words = JSON.parse(await readFile(join(root, 'search', `words.${lang}.json`), 'utf8')) as string[];
  const matcher = matcherFor(lexicon);
  const facetIndex = await buildFacetIndex(pagefind, await pagefind.filters());
  const weightOf = typeWeigher(facetIndex, TYPE_WEIGHTS);
  async function ask(query: string, top = 3): Promise<AskResult> {
    const plan = planQuery(query, matcher);
    const outcome = await runQuery(pagefind, plan, async () => words, weightOf);
    const data = await Promise.all(outcome.results.slice(0, top).map((r) => r.data()));
    return {
      urls: data.map((d) => d.url),
      scores: outcome.results.slice(0, top).map((r) => Math.round(r.score * 100) / 100),
      titles: data.map((d) => d.meta.title ?? ''),
      added: outcome.plan.groups.flatMap((g) => g.alternatives.filter((a) => a.origin !== 'own').map((a) => a.text)),
      corrections: outcome.corrections,
    };
  }
  return { pagefind, lexicon, words, facetIndex, ask };
}
