/** What a path's certificate shows, from the learner's progress (pure; the island shows it). */
import { missingModules, type Progress } from '../progress/progress.ts';

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
