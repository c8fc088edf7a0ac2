/** The timeline's data: jurisdictions (G7 first), milestones and source titles. */
import { getCollection } from 'astro:content';

export async function loadTimeline() {
  const [jurisdictions, milestones, sources] = await Promise.all([
    getCollection('jurisdictions'),
    getCollection('timeline'),
    getCollection('sources'),
  ]);
  return { jurisdictions, milestones, sources };
}

/** The milestones of one jurisdiction (for its page). */
export async function loadMilestonesOf(jurisdiction: string) {
  return (await getCollection('timeline')).filter((m) => m.data.jurisdiction === jurisdiction);
}
