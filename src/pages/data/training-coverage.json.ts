/** `/data/training-coverage.json`: the coverage map as open data (topics → requirements → lessons). */
import type { APIRoute } from 'astro';
import { loadCoverage } from '#src/features/training/load.ts';
import { coverageRecords } from '#src/features/training/coverage/coverage.ts';

export const GET: APIRoute = async () => {
  const { map, sources } = await loadCoverage('en');
  const records = coverageRecords(map, (id) => {
    const s = sources.get(id);
    return s && { id, title: s.data.title, publisher: s.data.publisher, url: s.data.url, official: s.data.official };
  });
  return new Response(JSON.stringify(records, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
