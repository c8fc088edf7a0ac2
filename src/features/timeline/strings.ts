/**
 * The UI strings of the timeline's filter script (timeline-filter.ts), handed over with
 * `pick(TIMELINE_FILTER_KEYS)` in the filter's `data-strings` attribute.
 */
import type { UiKey } from '#src/ui/i18n.ts';

export const TIMELINE_FILTER_KEYS = [
  'timeline.filter.status',
  'timeline.filter.statusAll',
  'timeline.list',
  'timeline.listFiltered',
] as const satisfies readonly UiKey[];
export type TimelineFilterKey = (typeof TIMELINE_FILTER_KEYS)[number];
