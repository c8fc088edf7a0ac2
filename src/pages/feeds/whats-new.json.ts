/** `/feeds/whats-new.json`: what's new, as a JSON Feed 1.1. */
import type { APIRoute } from 'astro';
import { jsonFeedResponse } from '#src/features/whats-new/responses.ts';

export const GET: APIRoute = ({ site }) => jsonFeedResponse(site);
