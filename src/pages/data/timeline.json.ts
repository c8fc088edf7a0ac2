/**
 * `/data/timeline.json`: the policy timeline's milestones, derived from the instruments' dated events
 * (src/features/timeline/milestones.ts), with the fields and value sets published before they were
 * derived, plus `instrument`, `type` and `approximate`. Sorted by id, titles in English.
 */
import type { APIRoute } from 'astro';
import { loadMilestones } from '#src/features/timeline/load.ts';
import { milestoneRecord } from '#src/features/timeline/milestones.ts';
import { milestoneUrl } from '#src/lib/routes.ts';

export const GET: APIRoute = async () => {
  const milestones = (await loadMilestones('en')).sort((a, b) => a.id.localeCompare(b.id));
  const records = milestones.map((m) => milestoneRecord(m, milestoneUrl(m.id)));
  return new Response(JSON.stringify(records, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
