/**
 * The progress file: a learner's progress exported as JSON to keep or to move to another browser,
 * read back with every field checked, and combined with what this browser holds. Nothing leaves
 * the device unless the learner exports it.
 */
import * as z from 'zod/mini';
import { MAX_VALUE_LENGTH } from '#src/lib/storage.ts';
import type { Vars } from '#src/lib/template.ts';
import type { KeyWithPrefix } from '#src/ui/i18n.ts';
import {
  isoDateOrDateTime,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  ProgressSchema,
  type ModuleProgress,
  type Progress,
} from './progress.ts';

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
    // The place in the course: this browser's, else the file's; lessons opened in either.
    const at = b.at ?? o.at;
    if (at !== undefined) merged.at = at;
    const seen = [...new Set([...(b.seen ?? []), ...(o.seen ?? [])])].sort((x, y) => x - y);
    if (seen.length > 0) merged.seen = seen;
    modules[id] = merged;
  }
  const out: Progress = { version: PROGRESS_VERSION, modules };
  const name = base.learnerName ?? other.learnerName;
  if (name) out.learnerName = name;
  return out;
}

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

/** How an imported file is combined with the progress already in this browser. */
export type ImportMode = 'merge' | 'replace';

/**
 * The progress to keep after an import: `merge` keeps the best of both (see `mergeProgress`; this
 * browser's learner name wins), `replace` takes the file as it is.
 */
export function applyImport(current: Progress, imported: Progress, mode: ImportMode): Progress {
  return mode === 'replace' ? imported : mergeProgress(current, imported);
}
