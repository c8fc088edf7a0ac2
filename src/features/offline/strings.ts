/**
 * The UI strings of the /offline/ page script (offline-ui.ts), handed over with `pick(OFFLINE_KEYS)` in `data-strings`.
 */
import type { UiKey } from '#src/ui/i18n.ts';

export const OFFLINE_KEYS = [
  'offline.done',
  'offline.failed',
  'offline.language.en',
  'offline.language.fr',
  'offline.notInCopy',
  'offline.notSaved',
  'offline.otherLanguage',
  'offline.otherSaved',
  'offline.outdated',
  'offline.progress',
  'offline.removed',
  'offline.save',
  'offline.saved',
  'offline.saving',
  'offline.unknownLatest',
  'offline.unsupported',
  'offline.upToDate',
  'offline.update',
] as const satisfies readonly UiKey[];
export type OfflineKey = (typeof OFFLINE_KEYS)[number];
