/**
 * Server-side loading for the area pages (/areas/, /areas/<id>/, /areas/crosswalk/, /areas/explorer/):
 * areas sorted by title, technology lists in their `order`, and the lookups the pages share.
 */
import { byId, entryPaths, sorted, type LocalizedEntry } from '#src/lib/content.ts';
import { compareText } from '#src/lib/i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { listParts, listsNaming, type TechListLike } from './lists/lists.ts';

export type AreaEntry = LocalizedEntry<'areas'>;
export type ListEntry = LocalizedEntry<'technology-lists'>;

/** The six kinds of at-risk area in the order the G7 paper gives them. */
export const G7_CATEGORY_ORDER = [
  'military-intelligence',
  'dual-use',
  'economic-benefit',
  'sensitive-data',
  'critical-infrastructure',
  'strategic-interests',
];

/** The practice of the G7 paper these pages serve (a search facet). */
export const AREAS_PRACTICE = 'identify-at-risk-areas';

const rank = (id: string) => {
  const i = G7_CATEGORY_ORDER.indexOf(id);
  return i === -1 ? G7_CATEGORY_ORDER.length : i;
};

/** Everything the area pages show, in `locale`. */
export async function loadAreas(locale: Locale) {
  const [areas, lists, jurisdictions, practices] = await Promise.all([
    sorted('areas', locale),
    sorted('technology-lists', locale),
    byId('jurisdictions', locale),
    byId('practices', locale),
  ]);
  const compare = compareText(locale);
  const listData: TechListLike[] = lists.map((l) => ({
    id: l.id,
    shortTitle: l.data.shortTitle,
    jurisdiction: l.data.jurisdiction,
    items: l.data.items,
  }));
  const practiceTitle = practices.get(AREAS_PRACTICE)?.data.shortTitle;
  const parts = listParts(lists.map((l) => l.id));
  const partOf = new Map(parts.flatMap((ids, i) => ids.map((id) => [id, i + 1] as const)));
  return {
    areas,
    categories: areas
      .filter((a) => a.data.kind === 'category')
      .sort((a, b) => rank(a.id) - rank(b.id) || compare(a.data.title, b.data.title)),
    technologies: areas.filter((a) => a.data.kind === 'technology'),
    lists,
    listData,
    /** The ids of the lists on each part of the crosswalk (one part while they fit on one page). */
    listParts: parts,
    /** The part of the crosswalk a list is described on (1 for /areas/crosswalk/). */
    listPart: (id: string) => partOf.get(id) ?? 1,
    /** The lists that name an area, in list order. */
    mentions: (areaId: string) => listsNaming(areaId, listData),
    /** A jurisdiction's name (its id while its page is not written yet). */
    jurisdictionName: (id: string) => jurisdictions.get(id)?.data.title ?? id,
    /** Whether the jurisdiction has a page to link to. */
    hasJurisdiction: (id: string) => jurisdictions.has(id),
    /** Search facet: best practice 2's id, when present. */
    practiceFacet: practiceTitle ? [AREAS_PRACTICE] : [],
  };
}

/** One page per area (categories and technologies); each page shows its entry in the page's locale. */
export const areaPaths = async () => entryPaths((await loadAreas(DEFAULT_LOCALE)).areas);

/** Case studies by id, in `locale` (an area page names the ones about it). */
export const loadCaseStudies = (locale: Locale) => byId('case-studies', locale);

/** The later parts of a split crosswalk (/areas/crosswalk/2/, …); none while it fits on one page. */
export async function crosswalkPartPaths() {
  const count = listParts(await sorted('technology-lists', DEFAULT_LOCALE)).length;
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => ({
    params: { part: String(i + 2) },
    props: { part: i + 2 },
  }));
}
