/**
 * The open data's files, read from the content: `/data/<collection>.json` per public collection
 * (records.ts), `/data/<table>.csv` per table (tables.ts), their JSON Schemas (json-schema.ts) and
 * `/data/datapackage.json` (datapackage.ts) that describes them all.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { comparisonCsv } from '#src/features/compare/load.ts';
import { contentHash, stableJson } from '#src/features/training/training.ts';
import { csvLines, parseCsv } from '#src/lib/csv.ts';
import { urlFor } from '#src/lib/routes.ts';
import { RELEASE } from '#src/lib/release.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';
import { dataPackage, type CsvFile, type Descriptor, type JsonFile } from './datapackage.ts';
import { recordsSchema } from './json-schema.ts';
import { ENRICHER_INPUTS, recordsText, toOpenRecord, type OpenRecord, type RawEntry } from './records.ts';
import {
  cellText,
  COMPARISON_TABLE,
  comparisonFields,
  entryTables,
  type Entries,
  type TableSchema,
  type TableSpec,
} from './tables.ts';

/** The public collections, each published as `/data/<name>.json`. */
export const publicCollections = (): CollectionName[] => COLLECTION_NAMES.filter((name) => COLLECTIONS[name].public);

/** One file per public collection. */
export const openDataPaths = () => publicCollections().map((collection) => ({ params: { collection } }));

const loaded = new Map<CollectionName, Promise<RawEntry[]>>();
function load(name: CollectionName): Promise<RawEntry[]> {
  let entries = loaded.get(name);
  if (!entries) {
    entries = getCollection(name).then((all) =>
      all.map((e): RawEntry => ({ id: e.id, data: e.data as Record<string, unknown> })),
    );
    loaded.set(name, entries);
  }
  return entries;
}

async function loadAll(names: readonly CollectionName[]): Promise<Entries> {
  const out: Entries = {};
  for (const name of names) out[name] = await load(name);
  return out;
}

/** The records of a collection, by id. */
export async function openRecords(collection: CollectionName): Promise<OpenRecord[]> {
  const all = await loadAll(ENRICHER_INPUTS[collection] ?? []);
  return [...(await load(collection))]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => toOpenRecord(collection, e, all));
}

/** A CSV file of the open data: what the data package says about it, and its text. */
export interface OpenTable {
  name: string;
  title: string;
  description: string;
  inputs: CollectionName[];
  schema: TableSchema;
  csv(): Promise<string>;
}

function fromSpec(spec: TableSpec): OpenTable {
  return {
    ...spec,
    csv: async () => {
      const rows = spec.rows(await loadAll(spec.inputs));
      return csvLines([spec.schema.fields.map((f) => f.name), ...rows.map((r) => r.map(cellText))]);
    },
  };
}

/** `/data/comparison.csv`, written by the compare feature; its Table Schema is read off its header. */
async function comparisonTable(): Promise<OpenTable> {
  const text = await comparisonCsv();
  const header = parseCsv(text.slice(0, text.indexOf('\r\n') + 2))[0] ?? [];
  return {
    ...COMPARISON_TABLE,
    schema: {
      fields: comparisonFields(header),
      primaryKey: COMPARISON_TABLE.primaryKey,
      foreignKeys: [{ fields: ['dimension_id'], reference: { resource: 'dimensions-csv', fields: ['id'] } }],
      missingValues: [''],
    },
    csv: async () => text,
  };
}

/**
 * Every CSV of the open data. Add a table here (a TableSpec from tables.ts, or an OpenTable whose
 * text another feature writes, like the comparison): the CSV route, the data package and the tests
 * pick it up.
 */
export async function openTables(): Promise<OpenTable[]> {
  return [...entryTables().map(fromSpec), await comparisonTable()];
}

/** The CSV routes' paths. */
export async function openTablePaths() {
  return (await openTables()).map((table) => ({ params: { table: table.name }, props: { table } }));
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `/data/datapackage.json`. `site`: SITE_URL, when set. */
export async function openDataPackage(site: string | undefined): Promise<Descriptor> {
  const json: JsonFile[] = [];
  for (const collection of publicCollections()) {
    const schema = recordsSchema(collection);
    json.push({
      collection,
      text: recordsText(await openRecords(collection)),
      title: `${collection}: every entry as published`,
      description: String(schema.description ?? ''),
      inputs: [collection, ...(ENRICHER_INPUTS[collection] ?? [])],
    });
  }
  const csv: CsvFile[] = [];
  for (const table of await openTables()) {
    csv.push({
      name: table.name,
      text: await table.csv(),
      title: table.title,
      description: table.description,
      inputs: table.inputs,
      schema: table.schema,
    });
  }
  return dataPackage({ release: RELEASE, site, json, csv, sha256 });
}

/** The content version of a page that shows one entry: the day it was last reviewed and a short hash of the entry. */
export interface PageVersion {
  lastReviewed: string;
  hash: string;
}

let versions: Promise<Map<string, PageVersion>> | undefined;

/**
 * Page path → the content version of the entry it shows, for every entry that has a page of its own
 * (entries shown on a shared page, such as glossary terms, have none). The hash covers the entry's
 * data and body, so any edit changes it. Computed once per build.
 */
export function pageVersions(): Promise<Map<string, PageVersion>> {
  versions ??= (async () => {
    const map = new Map<string, PageVersion>();
    for (const collection of COLLECTION_NAMES) {
      for (const entry of await getCollection(collection)) {
        const data = entry.data as Record<string, unknown>;
        const url = urlFor(collection, entry.id, data);
        if (url.includes('#') || typeof data.lastReviewed !== 'string') continue;
        const hash = contentHash([collection, entry.id, entry.body ?? '', stableJson(data)]);
        map.set(url, { lastReviewed: data.lastReviewed, hash });
      }
    }
    return map;
  })();
  return versions;
}
