/** `/data/<collection>.json`: every public collection as a JSON array of open records. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';
import { ENRICHER_INPUTS, toOpenRecord, type RawEntry } from '#src/features/open-data/records.ts';

export const getStaticPaths = (() =>
  COLLECTION_NAMES.filter((name) => COLLECTIONS[name].public).map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as CollectionName;
  const load = async (name: CollectionName) => (await getCollection(name)).map((e): RawEntry => ({ id: e.id, data: e.data as Record<string, unknown> }));
  const all: Partial<Record<CollectionName, RawEntry[]>> = {};
  for (const input of ENRICHER_INPUTS[collection] ?? []) all[input] = await load(input);
  const records = (await load(collection)).sort((a, b) => a.id.localeCompare(b.id)).map((e) => toOpenRecord(collection, e, all));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
