/**
 * A tiny stand-in for Pagefind's search API, for the engine and facet tests: pages with words and
 * filters; a search returns the pages containing every word (by word beginning, as Pagefind does),
 * scored by how often the words occur; a filter-only search returns the pages with the value.
 */
import type { PagefindResult, SearchBackend } from '#src/features/search/engine.ts';

export interface FakePage {
  id: string;
  text: string;
  filters?: Record<string, string[]>;
}

export function fakeIndex(pages: FakePage[]): SearchBackend & { searches: string[] } {
  const searches: string[] = [];
  const result = (p: FakePage, score: number): PagefindResult => ({
    id: p.id,
    score,
    data: async () => ({ url: `/${p.id}/`, excerpt: p.text, meta: { title: p.id }, filters: p.filters ?? {} }),
  });
  return {
    searches,
    async search(term, options) {
      const filters = (options?.filters ?? {}) as Record<string, string>;
      const hasAll = (p: FakePage) => Object.entries(filters).every(([k, v]) => p.filters?.[k]?.includes(v));
      if (term === null) {
        searches.push(`filter:${JSON.stringify(filters)}`);
        return { results: pages.filter(hasAll).map((p) => result(p, 1)) };
      }
      searches.push(term);
      const words = term.toLowerCase().split(' ');
      const out: PagefindResult[] = [];
      for (const p of pages.filter(hasAll)) {
        const tokens = p.text.toLowerCase().split(/\W+/);
        const counts = words.map((w) => tokens.filter((t) => t.startsWith(w)).length);
        if (counts.every((c) => c > 0))
          out.push(
            result(
              p,
              counts.reduce((a, b) => a + b, 0),
            ),
          );
      }
      return { results: out.sort((a, b) => b.score - a.score) };
    },
  };
}
