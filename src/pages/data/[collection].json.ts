/** `/data/<collection>.json`: every public collection as a JSON array of open records. */
import type { APIRoute } from 'astro';
import { openDataPaths, openRecords } from '#src/features/open-data/load.ts';
import type { CollectionName } from '#src/schemas/index.ts';

export const getStaticPaths = openDataPaths;

export const GET: APIRoute = async ({ params }) => {
  const records = await openRecords(params.collection as CollectionName);
  return new Response(JSON.stringify(records, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
