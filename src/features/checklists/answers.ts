/**
 * The reader's answers to a self-assessment instrument: the item scales, answers checked against
 * them (`sanitizeAnswers`), and the answers saved on this device (`answerStore`, see storage.ts).
 * Pure functions, no DOM; scoring is in scores.ts.
 */
// zod/mini: the same Zod, tree-shakable, so the checklist island stays small.
import * as z from 'zod/mini';
import type { Checklist, ChecklistItem, ScaleOption } from '#src/schemas/checklist.ts';
import { createStore, type StorageLike, type Store, type Validator } from '#src/lib/storage.ts';

/** An instrument as the scoring engine needs it: the entry's data plus its id (the file name). */
export type Instrument = Checklist & { id: string };

/** The reader's answers: item id → scale value. */
export type Answers = Record<string, string>;

/** The answer scale an item uses. */
export function scaleOf(
  instrument: Pick<Checklist, 'scale' | 'scales'>,
  item: Pick<ChecklistItem, 'scale'>,
): ScaleOption[] {
  return (item.scale !== undefined ? instrument.scales[item.scale] : undefined) ?? instrument.scale;
}

/** The highest non-null score on a scale (null when every option is "not applicable"). */
export function bestScore(scale: ScaleOption[]): number | null {
  const scores = scale.flatMap((o) => (o.score === null ? [] : [o.score]));
  return scores.length ? Math.max(...scores) : null;
}

/** Every item with its section, in document order. */
export function allItems(instrument: Pick<Checklist, 'sections'>) {
  return instrument.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

/**
 * Keeps only answers that fit the instrument: known item ids with a string value on the item's
 * scale. Anything else (removed items, renamed values, wrong types) is dropped.
 */
export function sanitizeAnswers(instrument: Pick<Checklist, 'sections' | 'scale' | 'scales'>, raw: unknown): Answers {
  const out: Answers = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const record = raw as Record<string, unknown>;
  for (const { item } of allItems(instrument)) {
    if (!Object.hasOwn(record, item.id)) continue;
    const value = record[item.id];
    if (typeof value === 'string' && scaleOf(instrument, item).some((o) => o.value === value)) out[item.id] = value;
  }
  return out;
}

/** A copy of the answers with one item set to `value`, or removed when `value` is null. */
export function setAnswer(answers: Answers, itemId: string, value: string | null): Answers {
  const next: Answers = { ...answers };
  if (value === null) delete next[itemId];
  else next[itemId] = value;
  return next;
}

/** Version of the saved-answers shape; a new shape gets a new number (and so a new key). */
export const SAVED_ANSWERS_VERSION = 1;

export interface SavedAnswers {
  answers: Answers;
  /** ISO timestamp of the last change, or null when nothing was saved. */
  updatedAt: string | null;
}

/** Storage name of an instrument's answers (the key is `va:v1:checklist:<id>`). */
export function storeName(instrumentId: string): string {
  return `checklist:${instrumentId}`;
}

/**
 * The saved-answers schema for one instrument. Reading drops every answer that no longer fits the
 * instrument (removed items, values no longer on the scale); a wrong overall shape reads as empty.
 */
export function savedAnswersSchema(
  instrument: Pick<Checklist, 'sections' | 'scale' | 'scales'>,
): Validator<SavedAnswers> {
  return z.pipe(
    z.object({
      answers: z.record(z.string(), z.unknown()),
      updatedAt: z.nullable(z.string().check(z.maxLength(64))),
    }),
    z.transform((v): SavedAnswers => ({ answers: sanitizeAnswers(instrument, v.answers), updatedAt: v.updatedAt })),
  );
}

/** The reader's saved answers for an instrument, in local storage (see `storage.ts`). */
export function answerStore(instrument: Instrument, storage?: StorageLike): Store<SavedAnswers> {
  return createStore<SavedAnswers>({
    name: storeName(instrument.id),
    version: SAVED_ANSWERS_VERSION,
    schema: savedAnswersSchema(instrument),
    fallback: () => ({ answers: {}, updatedAt: null }),
    ...(storage ? { storage } : {}),
  });
}
