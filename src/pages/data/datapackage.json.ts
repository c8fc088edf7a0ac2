/** `/data/datapackage.json`: the Frictionless Data Package that describes every file of /data/. */
import type { APIRoute } from 'astro';
import { openDataPackage } from '#src/features/open-data/load.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await openDataPackage(process.env.SITE_URL || undefined), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
