/** Progress records and storage made up for the training tests (no browser, no content). */
import {
  emptyProgress,
  recordAttempt,
  setLearnerName,
  type Progress,
} from '#src/features/training/progress/progress.ts';
import type { StorageLike } from '#src/lib/storage.ts';

/** A Map-backed stand-in for localStorage. */
export function fakeStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

export const NOW = new Date('2026-11-21T10:00:00.000Z');
export const LATER = new Date('2026-11-22T09:30:00.000Z');

export function sample(): Progress {
  let p = emptyProgress();
  p = recordAttempt(p, 'why-it-matters', 0.9, true, NOW);
  p = recordAttempt(p, 'understanding-risk', 0.5, false, NOW);
  return setLearnerName(p, 'Sam Learner');
}
