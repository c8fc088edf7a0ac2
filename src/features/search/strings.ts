/**
 * The UI strings of the search interface (search-ui.ts), which the header dialog and the /search/
 * page hand over with `pick(SEARCH_KEYS)` in `data-strings`.
 */
import type { UiKey } from '#src/ui/i18n.ts';
import type { Facet } from './search.ts';

/** The label of each facet. */
export const FACET_KEY = {
  type: 'facet.type',
  jurisdiction: 'facet.jurisdiction',
  stakeholder: 'facet.stakeholder',
  risk: 'facet.riskVector',
  practice: 'facet.practice',
} as const satisfies Record<Facet, UiKey>;

export const SEARCH_KEYS = [
  'search.label',
  'search.placeholder',
  'search.browseHint',
  'search.filters',
  'search.clearFilters',
  'search.loading',
  'search.unavailable',
  'search.noResults',
  'search.results.one',
  'search.results.other',
  'search.more',
  'search.showing',
  'search.alsoSearching',
  'search.didYouMean',
  'search.inSections',
  ...Object.values(FACET_KEY),
] as const satisfies readonly UiKey[];
export type SearchKey = (typeof SEARCH_KEYS)[number];
