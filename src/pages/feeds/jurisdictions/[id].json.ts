/** `/feeds/jurisdictions/<id>.json`: what's new about one jurisdiction, as a JSON Feed 1.1. */
import type { APIRoute } from 'astro';
import { feedJurisdictionPaths } from '#src/features/whats-new/load.ts';
import { jsonFeedResponse } from '#src/features/whats-new/responses.ts';

export const getStaticPaths = feedJurisdictionPaths;
export const GET: APIRoute = ({ site, params }) => jsonFeedResponse(site, params.id);
