/**
 * `/data/timeline.json`: the policy timeline's milestones, derived from the instruments' dated events
 * (src/features/timeline/milestones.ts), with the fields and value sets published before they were
 * derived, plus `instrument`, `type` and `approximate`. Sorted by id, titles in English.
 */
import type { APIRoute } from 'astro';
import { timelineRecordsText } from '#src/features/open-data/load.ts';

export const GET: APIRoute = async () =>
  new Response(await timelineRecordsText(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
