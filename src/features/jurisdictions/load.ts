/** The jurisdiction pages' data: every jurisdiction, and what one jurisdiction's page shows of the rest. */
import { getCollection } from 'astro:content';
import { byId, entryPaths } from '#src/lib/content.ts';
import { loadDimensions } from '#src/features/compare/load.ts';
import { loadInstruments } from '#src/features/tracker/load.ts';

export const jurisdictionPaths = async () => entryPaths(await getCollection('jurisdictions'));
export const loadJurisdictions = () => getCollection('jurisdictions');

/**
 * The dimensions, the jurisdiction's instruments (from the tracker), the titles of every instrument
 * (for the comparison cells' links) and its policy-in-action case study.
 */
export async function loadJurisdictionPage(id: string, policyInAction: string | undefined) {
  const [dimensions, instruments, caseStudies] = await Promise.all([
    loadDimensions(),
    loadInstruments(),
    byId('case-studies'),
  ]);
  return {
    dimensions,
    instruments: instruments.filter((i) => i.data.jurisdiction === id),
    instrumentTitles: new Map(instruments.map((i) => [i.id, i.data.title])),
    caseStudy: policyInAction ? caseStudies.get(policyInAction) : undefined,
  };
}
