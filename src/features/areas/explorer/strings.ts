/**
 * The UI strings of the area explorer island, handed over with `pick(EXPLORER_KEYS)`.
 */
import type { UiKey } from '#src/ui/i18n.ts';

export const EXPLORER_KEYS = [
  'areas.explorer.azLink',
  'areas.explorer.categoryLists',
  'areas.explorer.checklistLink',
  'areas.explorer.clear',
  'areas.explorer.count.one',
  'areas.explorer.count.other',
  'areas.explorer.disciplines',
  'areas.explorer.disciplinesHint',
  'areas.explorer.disciplinesToggle',
  'areas.explorer.empty',
  'areas.explorer.formLabel',
  'areas.explorer.hint',
  'areas.explorer.label',
  'areas.explorer.namedBy',
  'areas.explorer.namedByNone',
  'areas.explorer.needsJs',
  'areas.explorer.next',
  'areas.explorer.noResult',
  'areas.explorer.noResultNext',
  'areas.explorer.partial',
  'areas.explorer.privacy',
  'areas.explorer.questions',
  'areas.explorer.resultsHeading',
  'areas.explorer.showAll',
  'areas.explorer.try',
  'areas.explorer.viaDiscipline',
  'areas.explorer.why',
  'areas.kind.category',
  'areas.kind.technology',
] as const satisfies readonly UiKey[];
export type ExplorerKey = (typeof EXPLORER_KEYS)[number];
