/**
 * Citations: which sources an entry relies on, and which pages cite each source.
 * An entry cites the ids in its `sources` list, in every nested `source` field (comparison
 * cells, list items, checklist items…) and in a glossary term's `translationSources` map, in the
 * order they appear, each once.
 */

/** Every source id an entry's data refers to, in first-seen order. */
export function collectSourceIds(data: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string') {
      if (key === 'source' || key === 'sources') found.push(value);
      return;
    }
    if (Array.isArray(value)) {
      for (const v of value) visit(v, key === 'sources' ? 'sources' : undefined);
      return;
    }
    if (value && typeof value === 'object') {
      // translationSources: language code → source id.
      for (const [k, v] of Object.entries(value)) visit(v, key === 'translationSources' ? 'source' : k);
    }
  };
  visit(data);
  return [...new Set(found)];
}

/** A source's number in a page's source list (1-based), or undefined when the page does not list it. */
export function citeNumber(list: readonly string[], id: string): number | undefined {
  const i = list.indexOf(id);
  return i < 0 ? undefined : i + 1;
}

export interface CitingPage {
  href: string;
  title: string;
  /** The language of the title when it is not the page's (an untranslated entry: 'en'). */
  lang?: string;
}

/** source id → the pages that cite it (each page once, sorted by title in `collation`, a BCP 47 tag). */
export function citationIndex(
  pages: { href: string; title: string; sourceIds: string[]; lang?: string }[],
  collation = 'en-GB',
): Map<string, CitingPage[]> {
  const compare = new Intl.Collator(collation).compare;
  const index = new Map<string, Map<string, CitingPage>>();
  for (const page of pages) {
    for (const id of page.sourceIds) {
      const byHref = index.get(id) ?? new Map<string, CitingPage>();
      byHref.set(page.href, { href: page.href, title: page.title, ...(page.lang ? { lang: page.lang } : {}) });
      index.set(id, byHref);
    }
  }
  return new Map([...index].map(([id, m]) => [id, [...m.values()].sort((a, b) => compare(a.title, b.title))]));
}
