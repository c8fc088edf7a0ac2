/** `/data/training-coverage.json`: the coverage map as open data (topics → requirements → lessons). */
import type { APIRoute } from 'astro';
import { coverageRecordsText } from '#src/features/training/load.ts';

export const GET: APIRoute = async () =>
  new Response(await coverageRecordsText(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
