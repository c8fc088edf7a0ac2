/**
 * A learner's progress through the training modules, kept only in this browser (via the shared
 * versioned store in `storage.ts`). Pure functions: every update returns a new object and never
 * changes its input, so a failed write or a refused import leaves the previous progress intact.
 *
 * Nothing here leaves the device unless the learner exports it themselves (`exportProgress`).
 */
// zod/mini: the same Zod, tree-shakable, so islands that read progress stay small.
import * as z from 'zod/mini';
import {
  browserStorage,
  createStore,
  MAX_VALUE_LENGTH,
  parseStored,
  storageKey,
  type Store,
  type StorageLike,
} from '#src/lib/storage.ts';
import { fnv1aHex } from '../quiz/quiz.ts';
import type { Vars } from '#src/lib/template.ts';
import type { KeyWithPrefix } from '#src/ui/i18n.ts';

/** The version of the progress shape. A new shape gets a new number (and a new storage key). */
export const PROGRESS_VERSION = 1;
/** Marks an exported file as academy progress, so other JSON is refused on import. */
export const PROGRESS_FORMAT = 'secure-open-research-academy/progress';
/** Most modules a progress record may hold (there are ten; the margin allows for new modules). */
export const MAX_MODULES = 100;

const moduleId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100));
const isoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const ModuleProgressSchema = z.strictObject({
  /** Best quiz score so far, 0–1. */
  bestScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** True once any attempt passed. */
  passed: z.boolean(),
  /** When the module was first passed. */
  completedAt: z.optional(isoDateOrDateTime),
  /** Number of quiz attempts. */
  attempts: z.int().check(z.gte(0), z.lte(100_000)),
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

/** The earliest of two optional ISO timestamps. */
function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/**
 * Combines two progress records (e.g. this browser's and an imported file) without losing anything:
 * passed if either passed, best of the best scores, the larger attempt count, the earliest
 * completion date. `base`'s learner name wins when both have one.
 */
export function mergeProgress(base: Progress, other: Progress): Progress {
  const modules: Record<string, ModuleProgress> = { ...base.modules };
  for (const [id, o] of Object.entries(other.modules)) {
    const b = base.modules[id];
    if (!b) {
      modules[id] = o;
      continue;
    }
    const merged: ModuleProgress = { passed: b.passed || o.passed, attempts: Math.max(b.attempts, o.attempts) };
    const best = Math.max(b.bestScore ?? -1, o.bestScore ?? -1);
    if (best >= 0) merged.bestScore = best;
    const completedAt = earliest(b.passed ? b.completedAt : undefined, o.passed ? o.completedAt : undefined);
    if (completedAt) merged.completedAt = completedAt;
    modules[id] = merged;
  }
  const out: Progress = { version: PROGRESS_VERSION, modules };
  const name = base.learnerName ?? other.learnerName;
  if (name) out.learnerName = name;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Export and import

/** The file written by `exportProgress`. */
export interface ProgressExport {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  exportedAt: string;
  progress: Progress;
}

const ExportSchema = z.strictObject({
  format: z.literal(PROGRESS_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  exportedAt: isoDateOrDateTime,
  progress: ProgressSchema,
});

/** Progress as a JSON file the learner can keep or move to another browser. */
export function exportProgress(progress: Progress, now: Date = new Date()): string {
  const file: ProgressExport = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress,
  };
  return JSON.stringify(file, null, 2);
}

/** Why an import was refused: a message key of `training.progress.importError.*` and its values. */
export interface ImportError {
  key: KeyWithPrefix<'training.progress.importError.'>;
  vars?: Vars;
}

export type ImportResult = { ok: true; progress: Progress } | { ok: false; error: ImportError };

/**
 * Reads a file made by `exportProgress`. Validates everything before returning anything: a file
 * that is too big, not JSON, not an academy progress file, of another version, or with any invalid
 * field is refused with a message, and the caller keeps its current progress unchanged.
 */
export function importProgress(text: unknown): ImportResult {
  if (typeof text !== 'string' || text.trim().length === 0)
    return { ok: false, error: { key: 'training.progress.importError.empty' } };
  if (text.length > MAX_VALUE_LENGTH) return { ok: false, error: { key: 'training.progress.importError.tooBig' } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: { key: 'training.progress.importError.notJson' } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, error: { key: 'training.progress.importError.notProgress' } };
  const record = data as Record<string, unknown>;
  if (record.format !== PROGRESS_FORMAT)
    return { ok: false, error: { key: 'training.progress.importError.notProgress' } };
  if (record.version !== PROGRESS_VERSION) {
    return {
      ok: false,
      error: {
        key: 'training.progress.importError.version',
        vars: { version: String(record.version), supported: PROGRESS_VERSION },
      },
    };
  }
  const parsed = ExportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue && issue.path.length > 0)
      return {
        ok: false,
        error: { key: 'training.progress.importError.damagedAt', vars: { field: issue.path.map(String).join('.') } },
      };
    return { ok: false, error: { key: 'training.progress.importError.damaged' } };
  }
  return { ok: true, progress: parsed.data.progress };
}

// ---------------------------------------------------------------------------------------------
// Content version

/**
 * A short, stable hash of the given strings (order matters), as 8 hex digits: printed on a
 * certificate to say which version of the content was studied. Each string is length-prefixed, so
 * ["ab", "c"] and ["a", "bc"] differ.
 */
export function contentHash(parts: readonly string[]): string {
  return fnv1aHex(parts.map((p) => `${p.length}:${p}`).join('\u0000'));
}

// ---------------------------------------------------------------------------------------------
// What the progress, path and certificate pages show

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

/** One line of a certificate: a passed module with the date it was first passed and the best score. */
export interface CertificateRow {
  id: string;
  completedAt?: string;
  bestScore?: number;
}

/**
 * What a certificate for a path shows: its modules in order with date passed and best score, and
 * the date the path was completed (the latest first-pass date). `complete` is false, and `rows`
 * empty, while any module is missing.
 */
export function certificateFor(
  progress: Progress,
  moduleIds: readonly string[],
): { complete: boolean; missing: string[]; rows: CertificateRow[]; completedAt?: string } {
  const missing = missingModules(progress, moduleIds);
  if (moduleIds.length === 0 || missing.length > 0) return { complete: false, missing, rows: [] };
  const rows = moduleIds.map((id): CertificateRow => {
    const m = progress.modules[id]!;
    const row: CertificateRow = { id };
    if (m.completedAt) row.completedAt = m.completedAt;
    if (m.bestScore !== undefined) row.bestScore = m.bestScore;
    return row;
  });
  const dates = rows.map((r) => r.completedAt).filter((d): d is string => d !== undefined);
  const out: { complete: boolean; missing: string[]; rows: CertificateRow[]; completedAt?: string } = {
    complete: true,
    missing,
    rows,
  };
  if (dates.length > 0) out.completedAt = dates.reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b));
  return out;
}

/** How an imported file is combined with the progress already in this browser. */
export type ImportMode = 'merge' | 'replace';

/**
 * The progress to keep after an import: `merge` keeps the best of both (see `mergeProgress`; this
 * browser's learner name wins), `replace` takes the file as it is.
 */
export function applyImport(current: Progress, imported: Progress, mode: ImportMode): Progress {
  return mode === 'replace' ? imported : mergeProgress(current, imported);
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
