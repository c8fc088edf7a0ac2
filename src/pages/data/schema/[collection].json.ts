/**
 * `/data/schema/<collection>.json`: the JSON Schema of one entry as an author writes it, for every
 * collection (the same as content/.schemas/, with an absolute `$id` when SITE_URL is set).
 */
import type { APIRoute } from 'astro';
import { authoringSchema, schemaText } from '#src/features/open-data/json-schema.ts';
import { COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';

export const getStaticPaths = () => COLLECTION_NAMES.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = ({ params }) =>
  new Response(schemaText(authoringSchema(params.collection as CollectionName, process.env.SITE_URL || undefined)), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
