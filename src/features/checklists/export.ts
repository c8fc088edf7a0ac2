/**
 * The machine-readable downloads of a self-assessment: CSV (one row per item) and JSON (answers
 * and result), and their file names.
 */
import type { ChecklistLevel } from '#src/schemas/checklist.ts';
import { csvLines } from '#src/lib/csv.ts';
import { isoDay } from '#src/lib/dates.ts';
import { sanitizeAnswers, type Answers, type Instrument } from './answers.ts';
import { reasonText, type ReportText } from './report.ts';
import { scoreInstrument, type ScoreResult } from './scores.ts';

export const CSV_HEADER = ['section', 'item_id', 'question', 'answer', 'score', 'flag', 'action'] as const;

/**
 * The header row in the reader's language (`item_id` is a key and never changes), from the
 * `checklists.csv.*` strings; English words without `t`.
 */
function csvHeader(t?: ReportText): string[] {
  if (!t) return [...CSV_HEADER];
  return CSV_HEADER.map((c) => (c === 'item_id' ? c : t(`checklists.csv.${c}`)));
}

/**
 * RFC 4180 CSV, CRLF line ends, a header row, then one row per item in document order: section
 * title, item id, question, answer label (empty when unanswered), earned score (0–1 share; empty
 * when unanswered or not applicable), flag level (empty when none), and the action for the answer
 * given (the item's `actions[answer]`; empty when unanswered or when that answer has no action).
 * With `t`, the header and the flag level are in the page's language (a French page writes
 * « réponse », « Signal élevé »); ids, answers' scores and the row order are the same in every language.
 */
export function toCsv(
  instrument: Instrument,
  answers: Answers,
  result: ScoreResult = scoreInstrument(instrument, answers),
  t?: ReportText,
): string {
  const byId = new Map(result.items.map((i) => [i.itemId, i]));
  const rows: (string | number | null)[][] = [csvHeader(t)];
  for (const section of instrument.sections) {
    for (const item of section.items) {
      const r = byId.get(item.id);
      rows.push([
        section.title,
        item.id,
        item.question,
        r?.answerLabel ?? '',
        r?.earned ?? null,
        r?.flag ? (t ? t(`checklists.flag.${r.flag}`) : r.flag) : '',
        r?.action ?? '',
      ]);
    }
  }
  return csvLines(rows);
}

/** A JSON report (pretty-printed) with the instrument id, the date, the answers and the result (reasons in the page's language). */
export function toJson(
  instrument: Instrument,
  answers: Answers,
  result: ScoreResult,
  date: string | Date,
  t: ReportText,
): string {
  const level = (l: ChecklistLevel | null) => (l ? { id: l.id, label: l.label, min: l.min } : null);
  return JSON.stringify(
    {
      format: 'checklist-result',
      version: 1,
      instrument: {
        id: instrument.id,
        title: instrument.title,
        mode: instrument.mode,
        lastReviewed: instrument.lastReviewed,
      },
      date: isoDay(date),
      answers: sanitizeAnswers(instrument, answers),
      result: {
        score: result.score,
        points: result.points,
        level: level(result.level),
        scoreLevel: level(result.scoreLevel),
        levelWithheld: result.levelWithheld,
        minAnswered: result.minAnswered,
        provisional: result.provisional,
        forced: result.forced.map((f) => ({
          kind: f.kind,
          id: f.id,
          description: reasonText(f, t),
          level: f.level.id,
        })),
        total: result.total,
        answered: result.answered,
        notApplicable: result.notApplicable,
        unanswered: result.unanswered,
        completion: result.completion,
        sections: result.sections,
        flags: result.flags,
        actions: result.actions,
      },
    },
    null,
    2,
  );
}

/**
 * File name of a downloaded report: `<id>-self-assessment-<YYYY-MM-DD>.<ext>`, the middle word in
 * the page's language with `t` (`<id>-autoevaluation-…` on a French page).
 */
export function exportFileName(
  instrumentId: string,
  date: string | Date,
  ext: 'md' | 'csv' | 'json',
  t?: ReportText,
): string {
  return `${instrumentId}-${t ? t('checklists.export.fileWord') : 'self-assessment'}-${isoDay(date)}.${ext}`;
}
