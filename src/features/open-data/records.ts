/**
 * Open data: the record published for each entry at `/data/<collection>.json`. Built from the same
 * validated entries as the pages. Published field names are a contract: add fields, never rename.
 */
import type { CollectionName } from '#src/schemas/index.ts';
import type { Checklist } from '#src/schemas/checklist.ts';
import { pageFor, urlFor } from '#src/lib/routes.ts';
import { lowestAction } from '#src/features/checklists/form.ts';

export interface RawEntry {
  id: string;
  data: Record<string, unknown>;
}

export interface OpenRecord {
  id: string;
  url: string;
  title: string;
  summary: string;
  lastReviewed: string;
  sources: string[];
  [field: string]: unknown;
}

/** Extra fields computed from other collections, per collection. */
export type Enricher = (entry: RawEntry, all: Partial<Record<CollectionName, RawEntry[]>>) => Record<string, unknown>;

const ENRICHERS: Partial<Record<CollectionName, Enricher>> = {
  // An area lists the items of national technology lists that name it.
  areas: (area, all) => ({
    lists: (all['technology-lists'] ?? []).flatMap((list) =>
      (list.data.items as { id: string; label: string; areas: string[]; highestRisk: boolean }[])
        .filter((item) => item.areas.includes(area.id))
        .map((item) => ({ list: list.id, item: item.id, label: item.label, highestRisk: item.highestRisk })),
    ),
  }),
  // Checklist items carry `actions`, keyed by scale value (the action for each answer). Kept for
  // compatibility: the single `action` that the published shape had before actions depended on the
  // answer, now the action for the item's lowest answer (`lowestAction`). Content no longer has it.
  checklists: (entry) => {
    const data = entry.data as unknown as Checklist;
    return {
      sections: data.sections.map((section) => ({
        ...section,
        items: section.items.map((item) => ({ ...item, action: lowestAction(data, item) })),
      })),
    };
  },
};

/** The collections an enricher reads, so callers load only what is needed. */
export const ENRICHER_INPUTS: Partial<Record<CollectionName, CollectionName[]>> = { areas: ['technology-lists'] };

export function toOpenRecord(
  collection: CollectionName,
  entry: RawEntry,
  all: Partial<Record<CollectionName, RawEntry[]>> = {},
): OpenRecord {
  const { title, summary, lastReviewed, sources, ...rest } = entry.data as Record<string, unknown> & {
    title: string;
    summary: string;
    lastReviewed: string;
    sources?: string[];
  };
  if (collection === 'sources') {
    return {
      id: entry.id,
      url: String(rest.url),
      page: urlFor('sources', entry.id),
      title,
      summary,
      lastReviewed,
      sources: [],
      ...rest,
    };
  }
  const site = new URL(urlFor(collection, entry.id, entry.data), 'https://x.invalid');
  return {
    id: entry.id,
    url: site.pathname + site.hash,
    title,
    summary,
    lastReviewed,
    sources: sources ?? [],
    ...rest,
    ...(ENRICHERS[collection]?.(entry, all) ?? {}),
  };
}

export { pageFor };
