/** `/feeds/whats-new.xml`: what's new, as an Atom feed. */
import type { APIRoute } from 'astro';
import { atomResponse } from '#src/features/whats-new/responses.ts';

export const GET: APIRoute = ({ site }) => atomResponse(site);
