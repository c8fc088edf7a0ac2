/**
 * The UI strings of the tracker's filter script (tracker-filter.ts), handed over with
 * `pick(TRACKER_FILTER_KEYS)` in the filter's `data-strings` attribute.
 */
import type { UiKey } from '#src/ui/i18n.ts';

export const TRACKER_FILTER_KEYS = [
  'tracker.filter.statusAll',
  'tracker.filter.statusSome',
  'tracker.all',
  'tracker.allFiltered',
] as const satisfies readonly UiKey[];
export type TrackerFilterKey = (typeof TRACKER_FILTER_KEYS)[number];
