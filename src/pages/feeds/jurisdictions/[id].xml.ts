/** `/feeds/jurisdictions/<id>.xml`: what's new about one jurisdiction, as an Atom feed. */
import type { APIRoute } from 'astro';
import { feedJurisdictionPaths } from '#src/features/whats-new/load.ts';
import { atomResponse } from '#src/features/whats-new/responses.ts';

export const getStaticPaths = feedJurisdictionPaths;
export const GET: APIRoute = ({ site, params }) => atomResponse(site, params.id);
