/** `/data/<table>.csv`: the open data's tables (src/features/open-data/load.ts `openTables`), RFC 4180 with CRLF lines. */
import type { APIRoute } from 'astro';
import { openTablePaths, type OpenTable } from '#src/features/open-data/load.ts';

export const getStaticPaths = openTablePaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await (props.table as OpenTable).csv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
