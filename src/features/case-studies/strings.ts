/**
 * The UI strings of the case-study scripts (the filter of the library, a page script; the scenario
 * walk-through, an island), handed over with `pick(...)`.
 */
import type { UiKey } from '#src/ui/i18n.ts';

export const FILTER_KEYS = [
  'cs.filter.clear',
  'cs.filter.heading',
  'cs.filter.intro',
  'cs.filter.noJs',
  'cs.filter.none',
  'cs.filter.selected',
  'cs.filter.status.one',
  'cs.filter.status.other',
  'cs.filter.statusAll',
] as const satisfies readonly UiKey[];
export type FilterKey = (typeof FILTER_KEYS)[number];

export const WALK_KEYS = [
  'cs.rating.acceptable',
  'cs.rating.recommended',
  'cs.rating.risky',
  'cs.walk.check',
  'cs.walk.choice',
  'cs.walk.chooseFirst',
  'cs.walk.finish',
  'cs.walk.intro.live',
  'cs.walk.intro.static',
  'cs.walk.next',
  'cs.walk.others',
  'cs.walk.progress',
  'cs.walk.rating',
  'cs.walk.restart',
  'cs.walk.showAll',
  'cs.walk.step',
  'cs.walk.stepThrough',
  'cs.walk.summary',
  'cs.walk.summaryAll',
  'cs.walk.summaryCounts',
  'cs.walk.summaryMore',
  'cs.walk.whatHappens',
  'cs.walk.why',
  'cs.walk.yourChoice',
] as const satisfies readonly UiKey[];
export type WalkKey = (typeof WALK_KEYS)[number];
