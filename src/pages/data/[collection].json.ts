/** `/data/<collection>.json`: every public collection as a JSON array of open records. */
import type { APIRoute } from 'astro';
import { openDataPaths, openRecords } from '#src/features/open-data/load.ts';
import { recordsText } from '#src/features/open-data/records.ts';
import type { CollectionName } from '#src/schemas/index.ts';

export const getStaticPaths = openDataPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(recordsText(await openRecords(params.collection as CollectionName)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
