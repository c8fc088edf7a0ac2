/** `/data/schema/records/<collection>.json`: the JSON Schema of `/data/<collection>.json` (an array of records). */
import type { APIRoute } from 'astro';
import { publicCollections } from '#src/features/open-data/load.ts';
import { recordsSchema, schemaText } from '#src/features/open-data/json-schema.ts';
import type { CollectionName } from '#src/schemas/index.ts';

export const getStaticPaths = () => publicCollections().map((collection) => ({ params: { collection } }));

export const GET: APIRoute = ({ params }) =>
  new Response(schemaText(recordsSchema(params.collection as CollectionName, process.env.SITE_URL || undefined)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
