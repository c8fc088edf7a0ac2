/**
 * The UI strings of the comparison picker island, handed over with `pick(PICKER_KEYS)`.
 */
import type { UiKey } from '#src/ui/i18n.ts';

export const PICKER_KEYS = [
  'compare.value.no',
  'compare.value.partial',
  'compare.value.unknown',
  'compare.value.yes',
  'picker.and',
  'picker.caption',
  'picker.clear',
  'picker.differs',
  'compare.dimension',
  'compare.instruments',
  'picker.dimensions',
  'picker.dimensionCount.one',
  'picker.dimensionCount.other',
  'picker.dimensionsHint',
  'picker.downloadCsv',
  'picker.downloadJson',
  'picker.downloadNote',
  'picker.g7',
  'picker.heading',
  'picker.jurisdictions',
  'picker.link',
  'picker.maxReached',
  'picker.noJs',
  'picker.onlyDiff',
  'picker.others',
  'picker.pickMore',
  'picker.same',
  'jur.source',
  'picker.status',
  'picker.statusNoRows',
  'picker.values',
  'picker.valuesHint',
] as const satisfies readonly UiKey[];
export type PickerKey = (typeof PICKER_KEYS)[number];
