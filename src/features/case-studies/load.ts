/**
 * Server-side loading for the case-study pages (/case-studies/, /case-studies/<id>/,
 * /case-studies/<id>/facilitator/): the cases in library order, the lookups they share (names of
 * jurisdictions, areas and practices), each case's search facets and its filter tags.
 */
import { byId, entryPaths, localized, type LocalizedEntry } from '#src/lib/content.ts';
import { compareText } from '#src/lib/i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { oncePerLocale } from '#src/lib/per-locale.ts';
import type { RiskVector, Stakeholder } from '#src/schemas/common.ts';
import { CASE_TOPICS, type CaseTopic } from '#src/schemas/case-study.ts';
import { caseTags, type CaseRecord } from './filter.ts';

export type CaseEntry = LocalizedEntry<'case-studies'>;

/** The library lists its cases by topic on its own page up to this many cases (the site has about 30)… */
export const CASE_TOPICS_INLINE_MAX = 300;
/** …and past that on a page of their own, which only a library that large has (CaseTopicsPage.astro). */
export const CASE_TOPICS_URL = '/case-studies/topics/';

/** The cases under each topic they cover, in CASE_TOPICS order and the cases' own; empty topics left out. */
export function caseTopics(cases: readonly CaseEntry[]): { topic: CaseTopic; cases: CaseEntry[] }[] {
  return CASE_TOPICS.map((topic) => ({ topic, cases: cases.filter((c) => c.data.topics.includes(topic)) })).filter(
    (g) => g.cases.length > 0,
  );
}

/** Base's `search` prop for a case page (the shape of `SearchFacets` in SearchFilters.astro). */
export interface CaseFacets {
  type: 'caseStudy';
  jurisdictions: string[];
  stakeholders: Stakeholder[];
  riskVectors: RiskVector[];
  practices: string[];
}

/** Scenarios first, then policy examples; by title within each kind, in the locale's order. */
export function libraryOrder(locale: Locale): (a: CaseEntry, b: CaseEntry) => number {
  const compare = compareText(locale);
  const kind = (e: CaseEntry) => (e.data.kind === 'scenario' ? 0 : 1);
  return (a, b) => kind(a) - kind(b) || compare(a.data.title, b.data.title);
}

/**
 * The case studies and their lookups, in `locale`: once per locale and build (every case page asks;
 * sorting every case again for each of them grew with pages × cases), shared.
 */
export const loadCases = oncePerLocale(casesOf);

async function casesOf(locale: Locale) {
  const [all, jurisdictions, areas, practices] = await Promise.all([
    localized('case-studies', locale),
    byId('jurisdictions', locale),
    byId('areas', locale),
    byId('practices', locale),
  ]);
  const cases = [...all].sort(libraryOrder(locale));
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
      jurisdictions: [...entry.data.jurisdictions],
      stakeholders: [...entry.data.stakeholders],
      riskVectors: [...entry.data.riskVectors],
      practices: [...entry.data.practices],
    }),
    /** The filter's view of every case, in library order. */
    records: (): CaseRecord[] => cases.map((c) => ({ id: c.id, tags: caseTags(c.data) })),
    /** What related-case ranking (filter.ts `relatedCases`) and the cards need of every case. */
    relatable: cases.map((c) => ({
      id: c.id,
      title: c.data.title,
      topics: c.data.topics,
      areas: c.data.areas,
      kind: c.data.kind,
      summary: c.data.summary,
    })),
  };
}

/** One page per case study (each page shows its entry in the page's locale). */
export const caseStudyPaths = async () => entryPaths(await localized('case-studies', DEFAULT_LOCALE));

/** A facilitator guide for each scenario that has one. */
export const facilitatorPaths = async () =>
  entryPaths(
    (await localized('case-studies', DEFAULT_LOCALE)).filter(
      (entry) => entry.data.kind === 'scenario' && entry.data.facilitator,
    ),
  );
