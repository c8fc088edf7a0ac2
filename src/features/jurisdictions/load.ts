/** The jurisdiction pages' data: every jurisdiction, and what one jurisdiction's page shows of the rest. */
import { getCollection } from 'astro:content';
import { byId, entryPaths } from '#src/lib/content.ts';
import { loadDimensions } from '#src/features/compare/load.ts';
import { loadMilestonesOf } from '#src/features/timeline/load.ts';

export const jurisdictionPaths = async () => entryPaths(await getCollection('jurisdictions'));
export const loadJurisdictions = () => getCollection('jurisdictions');

/** The dimensions, the jurisdiction's milestones and its policy-in-action case study. */
export async function loadJurisdictionPage(id: string, policyInAction: string | undefined) {
  const [dimensions, milestones, caseStudies] = await Promise.all([
    loadDimensions(),
    loadMilestonesOf(id),
    byId('case-studies'),
  ]);
  return { dimensions, milestones, caseStudy: policyInAction ? caseStudies.get(policyInAction) : undefined };
}
