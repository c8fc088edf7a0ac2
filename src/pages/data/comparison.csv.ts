/** `/data/comparison.csv`: the whole comparison matrix as CSV (RFC 4180, CRLF lines). */
import type { APIRoute } from 'astro';
import { comparisonCsv } from '#src/features/compare/load.ts';

export const GET: APIRoute = async () =>
  new Response(await comparisonCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
