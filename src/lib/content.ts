/**
 * Server-side access to content for pages: lookups by id, and the site-wide citation index.
 * Pages call these instead of repeating getCollection logic.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';
import { citationIndex, collectSourceIds, type CitingPage } from './citations.ts';
import { urlFor } from './routes.ts';

export type Source = CollectionEntry<'sources'>;

/** Entries of a collection sorted by `order` (then title) where they have one. */
export async function sorted<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(name)) as CollectionEntry<C>[];
  const key = (e: CollectionEntry<C>) =>
    (e.data as { order?: number; number?: number }).order ?? (e.data as { number?: number }).number ?? 0;
  return entries.sort(
    (a, b) =>
      key(a) - key(b) ||
      String((a.data as { title: string }).title).localeCompare(String((b.data as { title: string }).title)),
  );
}

/** id → entry for a collection. */
export async function byId<C extends CollectionName>(name: C): Promise<Map<string, CollectionEntry<C>>> {
  return new Map(((await getCollection(name)) as CollectionEntry<C>[]).map((e) => [e.id, e]));
}

/** The source entries for a list of ids, in that order (ids are validated at build time). */
export async function sourcesFor(ids: string[]): Promise<Source[]> {
  const all = await byId('sources');
  return ids.map((id) => all.get(id)).filter((s): s is Source => s !== undefined);
}

let citations: Promise<Map<string, CitingPage[]>> | undefined;

/** source id → pages that cite it, across every collection. Computed once per build. */
export function sourceCitations(): Promise<Map<string, CitingPage[]>> {
  citations ??= (async () => {
    const pages: { href: string; title: string; sourceIds: string[] }[] = [];
    for (const name of COLLECTION_NAMES) {
      if (name === 'sources') continue;
      for (const entry of await getCollection(name)) {
        const data = entry.data as Record<string, unknown>;
        pages.push({
          href: urlFor(name, entry.id, data),
          title: String(data.title),
          sourceIds: collectSourceIds(data),
        });
      }
    }
    return citationIndex(pages);
  })();
  return citations;
}

/** The rendered body of an entry (its `Content` component and headings). */
export function renderEntry<C extends CollectionName>(entry: CollectionEntry<C>) {
  return render(entry);
}

/** `getStaticPaths` results for one page per entry: `params[param]` is the entry id, `props.entry` the entry. */
export function entryPaths<E extends { id: string }>(entries: readonly E[], param = 'id') {
  return entries.map((entry) => ({ params: { [param]: entry.id }, props: { entry } }));
}

/**
 * The day of the build (`YYYY-MM-DD`, UTC): "today" for what the tracker shows as coming or recent,
 * and for the feeds and the calendar. `BUILD_DATE=YYYY-MM-DD` fixes it (tests, reproducible builds).
 */
export function buildDay(): string {
  const fixed = process.env.BUILD_DATE;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : new Date().toISOString().slice(0, 10);
}
