/**
 * Server-side loading for the case-study pages (/case-studies/, /case-studies/<id>/,
 * /case-studies/<id>/facilitator/): the cases in library order, the lookups they share (names of
 * jurisdictions, areas and practices), each case's search facets and its filter tags.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byId, entryPaths } from '#src/lib/content.ts';
import type { RiskVector, Stakeholder } from '#src/schemas/common.ts';
import { caseTags, type CaseRecord } from './filter.ts';

export type CaseEntry = CollectionEntry<'case-studies'>;

/** Base's `search` prop for a case page (the shape of `SearchFacets` in SearchFilters.astro). */
export interface CaseFacets {
  type: 'caseStudy';
  jurisdictions: string[];
  stakeholders: Stakeholder[];
  riskVectors: RiskVector[];
  practices: string[];
}

/** Scenarios first, then policy examples; by title within each kind. */
export function libraryOrder(a: CaseEntry, b: CaseEntry): number {
  const kind = (e: CaseEntry) => (e.data.kind === 'scenario' ? 0 : 1);
  return kind(a) - kind(b) || a.data.title.localeCompare(b.data.title, 'en');
}

export async function loadCases() {
  const [cases, jurisdictions, areas, practices] = await Promise.all([
    getCollection('case-studies'),
    byId('jurisdictions'),
    byId('areas'),
    byId('practices'),
  ]);
  cases.sort(libraryOrder);
  const jurisdictionName = (id: string) => jurisdictions.get(id)?.data.title ?? id;
  const areaName = (id: string) => areas.get(id)?.data.title ?? id;
  const practiceName = (id: string) => practices.get(id)?.data.shortTitle ?? id;
  return {
    cases,
    jurisdictions,
    areas,
    practices,
    jurisdictionName,
    areaName,
    practiceName,
    /** Search facets of a case page: type caseStudy plus its tags as Pagefind filters. */
    facets: (entry: CaseEntry): CaseFacets => ({
      type: 'caseStudy',
      jurisdictions: entry.data.jurisdictions.map(jurisdictionName),
      stakeholders: [...entry.data.stakeholders],
      riskVectors: [...entry.data.riskVectors],
      practices: entry.data.practices.map(practiceName),
    }),
    /** The filter's view of every case, in library order. */
    records: (): CaseRecord[] => cases.map((c) => ({ id: c.id, tags: caseTags(c.data) })),
  };
}

/** One page per case study. */
export const caseStudyPaths = async () => entryPaths(await getCollection('case-studies'));

/** A facilitator guide for each scenario that has one. */
export const facilitatorPaths = async () =>
  entryPaths(
    (await getCollection('case-studies')).filter((entry) => entry.data.kind === 'scenario' && entry.data.facilitator),
  );
