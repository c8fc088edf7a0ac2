/** `/data/instruments.csv`: every instrument of the tracker with its status and key dates (RFC 4180, CRLF lines). */
import type { APIRoute } from 'astro';
import { loadInstruments } from '#src/features/tracker/load.ts';
import { instrumentCsvRows } from '#src/features/tracker/tracker.ts';
import { csvLines } from '#src/lib/csv.ts';
import { urlFor } from '#src/lib/routes.ts';

export const GET: APIRoute = async () =>
  new Response(csvLines(instrumentCsvRows(await loadInstruments(), (id) => urlFor('instruments', id))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
