/**
 * `/data/comparison.csv`: the whole comparison matrix (every dimension × every jurisdiction), built
 * with the same CSV builder as the picker's downloads (src/features/compare/compare.ts): RFC 4180, CRLF lines,
 * sources as urls.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildMatrix, matrixCsv, type JurisdictionData } from '#src/features/compare/compare.ts';

export const GET: APIRoute = async () => {
  const [jurisdictions, dimensions, sources] = await Promise.all([getCollection('jurisdictions'), getCollection('dimensions'), getCollection('sources')]);
  // The generated content types currently infer `data: unknown` for jurisdictions; the schema
  // (src/schemas/jurisdiction.ts) guarantees this shape.
  const entries = jurisdictions.map((j) => ({ id: j.id, data: j.data as JurisdictionData }));
  const matrix = buildMatrix(entries, dimensions, new Map(sources.map((s) => [s.id, s.data.url])));
  return new Response(matrixCsv(matrix), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
