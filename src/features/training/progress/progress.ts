/**
 * A learner's progress through the training modules, kept only in this browser (via the shared
 * versioned store in `storage.ts`). Pure functions: every update returns a new object and never
 * changes its input, so a failed write or a refused import leaves the previous progress intact.
 *
 * Nothing here leaves the device unless the learner exports it themselves (file.ts).
 */
// zod/mini: the same Zod, tree-shakable, so islands that read progress stay small.
import * as z from 'zod/mini';
import {
  browserStorage,
  createStore,
  parseStored,
  storageKey,
  type Store,
  type StorageLike,
} from '#src/lib/storage.ts';

/** The version of the progress shape. A new shape gets a new number (and a new storage key). */
export const PROGRESS_VERSION = 1;
/** Marks an exported file as academy progress, so other JSON is refused on import. */
export const PROGRESS_FORMAT = 'secure-open-research-academy/progress';
/** Most modules a progress record may hold (there are ten; the margin allows for new modules). */
export const MAX_MODULES = 100;
/** Most lessons a module's place may name (modules have four; the margin allows for longer ones). */
export const MAX_LESSONS = 50;

const moduleId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100));
export const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const ModuleProgressSchema = z.strictObject({
  /** Best quiz score so far, 0–1. */
  bestScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** True once any attempt passed. */
  passed: z.boolean(),
  /** When the module was first passed. */
  completedAt: z.optional(isoDateOrDateTime),
  /** Number of quiz attempts. */
  attempts: z.int().check(z.gte(0), z.lte(100_000)),
  /**
   * Where the learner was in the module read as a course: a lesson number, or one more than the last
   * lesson for the quiz (course.ts). Optional: older progress has none.
   */
  at: z.optional(z.int().check(z.gte(1), z.lte(MAX_LESSONS + 1))),
  /** Lesson numbers the learner has opened. */
  seen: z.optional(z.array(z.int().check(z.gte(1), z.lte(MAX_LESSONS))).check(z.maxLength(MAX_LESSONS))),
});

export const ProgressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  modules: z
    .record(moduleId, ModuleProgressSchema)
    .check(z.refine((m) => Object.keys(m).length <= MAX_MODULES, `at most ${MAX_MODULES} modules`)),
  /** Optional name for the certificate; typed by the learner, never sent anywhere. */
  learnerName: z.optional(z.string().check(z.maxLength(120))),
});

export type ModuleProgress = z.infer<typeof ModuleProgressSchema>;
export type Progress = z.infer<typeof ProgressSchema>;

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, modules: {} };
}

/** The progress store (key `va:v1:progress`). Pass `storage` in tests; browsers use localStorage. */
export function createProgressStore(storage?: StorageLike): Store<Progress> {
  return createStore<Progress>({
    name: 'progress',
    version: PROGRESS_VERSION,
    schema: ProgressSchema,
    fallback: emptyProgress,
    ...(storage ? { storage } : {}),
  });
}

function moduleOf(progress: Progress, id: string): ModuleProgress {
  return progress.modules[id] ?? { passed: false, attempts: 0 };
}

function withModule(progress: Progress, id: string, next: ModuleProgress): Progress {
  return { ...progress, modules: { ...progress.modules, [id]: next } };
}

/**
 * Records one quiz attempt: counts it, keeps the best score, and marks the module passed (with the
 * date of the first pass) when this attempt passed. A later failed attempt never un-passes a module.
 */
export function recordAttempt(
  progress: Progress,
  moduleId: string,
  ratio: number,
  passed: boolean,
  now: Date = new Date(),
): Progress {
  const prev = moduleOf(progress, moduleId);
  const score = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0;
  const next: ModuleProgress = {
    ...prev,
    attempts: prev.attempts + 1,
    bestScore: Math.max(prev.bestScore ?? 0, score),
    passed: prev.passed || passed,
  };
  if (passed && !prev.passed) next.completedAt = now.toISOString();
  return withModule(progress, moduleId, next);
}

/**
 * Records where the learner is in a module read as a course (`at`: a lesson number, or one more than
 * the last lesson for the quiz) and, for a lesson, that it was opened. Touches nothing else.
 */
export function recordPlace(progress: Progress, moduleId: string, at: number, lessons: number): Progress {
  const prev = moduleOf(progress, moduleId);
  const place = Math.min(Math.max(1, Math.round(at)), Math.min(lessons, MAX_LESSONS) + 1);
  const seen = place <= lessons ? [...new Set([...(prev.seen ?? []), place])].sort((a, b) => a - b) : prev.seen;
  const next: ModuleProgress = { ...prev, at: place };
  if (seen) next.seen = seen;
  return withModule(progress, moduleId, next);
}

/** Sets or clears the name shown on certificates. */
export function setLearnerName(progress: Progress, name: string): Progress {
  const trimmed = name.trim().slice(0, 120);
  const { learnerName: _drop, ...rest } = progress;
  return trimmed ? { ...rest, learnerName: trimmed } : rest;
}

export function isModulePassed(progress: Progress, moduleId: string): boolean {
  return progress.modules[moduleId]?.passed === true;
}

/** How many of a path's modules are passed. */
export function pathProgress(progress: Progress, moduleIds: readonly string[]): { done: number; total: number } {
  return { done: moduleIds.filter((id) => isModulePassed(progress, id)).length, total: moduleIds.length };
}

/** True when every module of the path is passed. An empty path is never complete. */
export function isPathComplete(progress: Progress, moduleIds: readonly string[]): boolean {
  return moduleIds.length > 0 && moduleIds.every((id) => isModulePassed(progress, id));
}

// ---------------------------------------------------------------------------------------------
// What the progress and path pages show

/** Where a learner stands with one module. */
export type ModuleStatus = 'passed' | 'attempted' | 'not-started';

export function moduleStatus(progress: Progress, moduleId: string): ModuleStatus {
  const m = progress.modules[moduleId];
  if (m?.passed) return 'passed';
  return m && m.attempts > 0 ? 'attempted' : 'not-started';
}

/** The modules of a path not passed yet, in path order. */
export function missingModules(progress: Progress, moduleIds: readonly string[]): string[] {
  return moduleIds.filter((id) => !isModulePassed(progress, id));
}

/** Counts for a short summary: modules passed and modules attempted (passed ones included). */
export function progressCounts(
  progress: Progress,
  moduleIds: readonly string[],
): { passed: number; attempted: number; total: number } {
  const statuses = moduleIds.map((id) => moduleStatus(progress, id));
  return {
    passed: statuses.filter((s) => s === 'passed').length,
    attempted: statuses.filter((s) => s !== 'not-started').length,
    total: moduleIds.length,
  };
}

/**
 * What is stored under the progress key: nothing, valid progress, or something unreadable (damaged
 * by hand, another program or an old version). Reading damaged data still gives empty progress;
 * this only lets a page say so. Never throws.
 */
export function storedProgressState(storage?: StorageLike): 'empty' | 'ok' | 'damaged' {
  let raw: string | null | undefined;
  try {
    raw = (storage ?? browserStorage())?.getItem(storageKey('progress', PROGRESS_VERSION));
  } catch {
    return 'empty';
  }
  if (raw === null || raw === undefined) return 'empty';
  return parseStored(raw, ProgressSchema) ? 'ok' : 'damaged';
}
