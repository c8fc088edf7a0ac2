/** `/data/schema/records/timeline.json`: the JSON Schema of `/data/timeline.json` (derived from the instruments). */
import type { APIRoute } from 'astro';
import { derivedRecordsSchema, schemaText } from '#src/features/open-data/json-schema.ts';
import { MilestoneRecordSchema } from '#src/features/timeline/milestones.ts';

export const GET: APIRoute = () =>
  new Response(
    schemaText(
      derivedRecordsSchema(
        'timeline',
        MilestoneRecordSchema(),
        '/data/timeline.json: every milestone of the policy timeline',
        process.env.SITE_URL || undefined,
      ),
    ),
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );
