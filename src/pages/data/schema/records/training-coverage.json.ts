/** `/data/schema/records/training-coverage.json`: the JSON Schema of `/data/training-coverage.json`. */
import type { APIRoute } from 'astro';
import { derivedRecordsSchema, schemaText } from '#src/features/open-data/json-schema.ts';
import { CoverageRecordSchema } from '#src/features/training/coverage/coverage-record.ts';

export const GET: APIRoute = () =>
  new Response(
    schemaText(
      derivedRecordsSchema(
        'training-coverage',
        CoverageRecordSchema(),
        '/data/training-coverage.json: the training topics that requirements name, and the lessons that teach them',
        process.env.SITE_URL || undefined,
      ),
    ),
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );
