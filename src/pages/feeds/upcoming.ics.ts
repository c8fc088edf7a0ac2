/** `/feeds/upcoming.ics`: the tracker's upcoming dates (deadlines, commencements) as an iCalendar file. */
import type { APIRoute } from 'astro';
import { icsResponse } from '#src/features/whats-new/responses.ts';

export const GET: APIRoute = ({ site }) => icsResponse(site);
