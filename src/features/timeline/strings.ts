/**
 * The UI strings of the timeline filter island, handed over with `pick(TIMELINE_FILTER_KEYS)`.
 */
import type { UiKey } from '#src/ui/i18n.ts';

export const TIMELINE_FILTER_KEYS = [
  'timeline.filter.legend',
  'timeline.filter.noJs',
  'timeline.filter.showAll',
  'timeline.filter.status',
  'timeline.filter.statusAll',
] as const satisfies readonly UiKey[];
export type TimelineFilterKey = (typeof TIMELINE_FILTER_KEYS)[number];
