/** The open data's content: one `/data/<collection>.json` per public collection (see records.ts). */
import { getCollection } from 'astro:content';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';
import { ENRICHER_INPUTS, toOpenRecord, type OpenRecord, type RawEntry } from './records.ts';

/** One file per public collection. */
export const openDataPaths = () =>
  COLLECTION_NAMES.filter((name) => COLLECTIONS[name].public).map((collection) => ({ params: { collection } }));

async function load(name: CollectionName): Promise<RawEntry[]> {
  return (await getCollection(name)).map((e): RawEntry => ({ id: e.id, data: e.data as Record<string, unknown> }));
}

/** The records of a collection, by id. */
export async function openRecords(collection: CollectionName): Promise<OpenRecord[]> {
  const all: Partial<Record<CollectionName, RawEntry[]>> = {};
  for (const input of ENRICHER_INPUTS[collection] ?? []) all[input] = await load(input);
  return (await load(collection)).sort((a, b) => a.id.localeCompare(b.id)).map((e) => toOpenRecord(collection, e, all));
}
