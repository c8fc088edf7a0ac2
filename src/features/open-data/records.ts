/**
 * Open data: the record published for each entry at `/data/<collection>.json`. Built from the same
 * validated entries as the pages. Published field names are a contract: add fields, never rename.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '#src/schemas/index.ts';
import type { Checklist } from '#src/schemas/checklist.ts';
import { pageFor, urlFor } from '#src/lib/routes.ts';
import { keyEvent, type InstrumentData } from '#src/features/tracker/tracker.ts';
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

/**
 * The kind of a jurisdiction's instrument in `/data/jurisdictions.json` (`instruments[].kind`), the
 * value set published before instruments had a collection of their own: binding (a law or
 * regulation), policy (a policy, list or body a government set up) or guidance (advice, reports and
 * statements, none binding). The instrument's own kind is in `instrumentKind`.
 */
export const JURISDICTION_INSTRUMENT_KIND: Record<string, 'binding' | 'policy' | 'guidance'> = {
  law: 'binding',
  regulation: 'binding',
  policy: 'policy',
  list: 'policy',
  body: 'policy',
  guidance: 'guidance',
  report: 'guidance',
  statement: 'guidance',
};

/**
 * A jurisdiction's instrument as `/data/jurisdictions.json` lists it: the fields published when the
 * list was written in the jurisdiction's file (name, date, kind, summary, source), now drawn from the
 * tracker, plus id, url, status and instrumentKind. `date` is the instrument's key date (keyEvent).
 */
export function jurisdictionInstrument(entry: RawEntry): Record<string, unknown> {
  const data = entry.data as unknown as InstrumentData;
  return {
    name: data.title,
    date: keyEvent(data).date,
    kind: JURISDICTION_INSTRUMENT_KIND[data.kind] ?? 'policy',
    summary: data.summary,
    source: data.sources[0],
    id: entry.id,
    url: urlFor('instruments', entry.id),
    status: data.status,
    instrumentKind: data.kind,
  };
}

const ENRICHERS: Partial<Record<CollectionName, Enricher>> = {
  // A jurisdiction lists its instruments from the tracker (content/instruments/), by key date.
  jurisdictions: (j, all) => ({
    instruments: (all.instruments ?? [])
      .filter((i) => i.data.jurisdiction === j.id)
      .map(jurisdictionInstrument)
      .sort((a, b) => String(a.date).localeCompare(String(b.date)) || String(a.id).localeCompare(String(b.id))),
  }),
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

/**
 * The fields a record has beyond its entry's own (ids, addresses and what the enrichers add), as a
 * schema: the published JSON Schema of each `/data/<collection>.json` is the entry schema plus these.
 * Add an enricher's fields here too (test/unit/features/open-data/records.test.ts checks they agree).
 */
export function RECORD_FIELDS(collection: CollectionName) {
  const common = {
    id: z.string().describe('The entry id: its file name in content/, stable across versions.'),
    url: z
      .string()
      .describe(
        'Where the entry is shown on the site: a path from the site root, with a fragment for entries shown on a shared page.',
      ),
    sources: z.array(z.string()).describe('Ids of the records of /data/sources.json that the entry cites.'),
  };
  if (collection === 'sources') {
    return z.object({
      ...common,
      url: z.string().describe("The document's own address."),
      page: z.string().describe('Where the source is listed on the site.'),
      sources: z.array(z.string()).max(0).describe('Always empty: a source cites no other source.'),
    });
  }
  if (collection === 'areas') {
    return z.object({
      ...common,
      lists: z
        .array(
          z.object({
            list: z.string().describe('Id of a record of /data/technology-lists.json.'),
            item: z.string().describe('Id of the item inside that list.'),
            label: z.string().describe('The item as the list names it.'),
            highestRisk: z.boolean().describe('Whether the list marks the item as highest-risk or priority.'),
          }),
        )
        .describe('The items of national technology lists that name this area (computed from technology-lists).'),
    });
  }
  if (collection === 'jurisdictions') {
    return z.object({
      ...common,
      instruments: z
        .array(
          z.object({
            name: z.string().describe("The instrument's English title."),
            date: z.string().describe('Its key date: YYYY, YYYY-MM or YYYY-MM-DD.'),
            kind: z
              .enum(['binding', 'policy', 'guidance'])
              .describe(
                'binding (law or regulation), policy (policy, list or body) or guidance (advice, report, statement).',
              ),
            summary: z.string().describe('One or two plain sentences.'),
            source: z.string().describe('Id of its first source in /data/sources.json.'),
            id: z.string().describe('Id of the record in /data/instruments.json.'),
            url: z.string().describe('Its page in the tracker.'),
            status: z.string().describe('Where it stands (see /data/instruments.json).'),
            instrumentKind: z.string().describe("The instrument's own kind (see /data/instruments.json)."),
          }),
        )
        .describe("The jurisdiction's instruments in the policy tracker, by key date (computed from instruments)."),
    });
  }
  return z.object(common);
}

/** The collections an enricher reads, so callers load only what is needed. */
export const ENRICHER_INPUTS: Partial<Record<CollectionName, CollectionName[]>> = {
  areas: ['technology-lists'],
  jurisdictions: ['instruments'],
};

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

/** The text of `/data/<collection>.json`: the records, one-space indented (also hashed in the data package). */
export function recordsText(records: readonly OpenRecord[]): string {
  return JSON.stringify(records, null, 1);
}

export { pageFor };
