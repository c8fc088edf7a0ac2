import { ChecklistSchema } from '#src/schemas/checklist.ts';
import type { Instrument } from '#src/features/checklists/answers.ts';
import { translatorFor } from '#src/ui/i18n.ts';
import type { StorageLike } from '#src/lib/storage.ts';

export const { t } = translatorFor('en');

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

export type Mode = Instrument['mode'];
export const SOURCE = 'g7-best-practices-2024';

export const YES_PARTLY_NO = [
  { value: 'yes', label: 'Yes', score: 1 },
  { value: 'partly', label: 'Partly', score: 0.5 },
  { value: 'no', label: 'No', score: 0 },
  { value: 'na', label: 'Not applicable', score: null },
];

export const LEVELS: Record<
  Mode,
  { id: string; label: string; min: number; description: string; onFlag?: 'low' | 'medium' | 'high' }[]
> = {
  maturity: [
    { id: 'initial', label: '1 Initial', min: 0, description: 'Level one of four.' },
    { id: 'developing', label: '2 Developing', min: 30, description: 'Level two of four.', onFlag: 'high' },
    { id: 'established', label: '3 Established', min: 55, description: 'Level three of four.' },
    { id: 'leading', label: '4 Leading', min: 80, description: 'Level four of four.' },
  ],
  risk: [
    { id: 'low', label: 'Low risk', min: 0, description: 'Little risk was found.' },
    { id: 'medium', label: 'Medium risk', min: 25, description: 'Some risk was found.', onFlag: 'medium' },
    { id: 'high', label: 'High risk', min: 50, description: 'Serious risk was found.', onFlag: 'high' },
  ],
  reflection: [
    { id: 'consult', label: 'Consult', min: 0, description: 'Consult a committee first.', onFlag: 'high' },
    { id: 'discuss', label: 'Discuss', min: 45, description: 'Talk it through with someone.' },
    { id: 'note', label: 'Keep a note', min: 80, description: 'Nothing special is needed.' },
  ],
};

export interface ItemSpec {
  id: string;
  weight?: number;
  flagOn?: string[];
  flagLevel?: 'low' | 'medium' | 'high';
  question?: string;
  scale?: string;
  /** Actions by answer; by default one for every answer that needs one. */
  actions?: Record<string, string>;
}

/** Builds an instrument and runs it through the real schema (defaults, cross-field checks). */
export function make(
  mode: Mode,
  sections: Record<string, ItemSpec[]>,
  extra: Record<string, unknown> = {},
): Instrument {
  /** One action for every answer the schema requires one for: below the best score, or raising a flag. */
  const actionsFor = (i: ItemSpec) => {
    const scales = (extra.scales ?? {}) as Record<string, typeof YES_PARTLY_NO>;
    const scale = (i.scale ? scales[i.scale] : undefined) ?? YES_PARTLY_NO;
    const best = Math.max(...scale.flatMap((o) => (o.score === null ? [] : [o.score])));
    const needed = scale.filter((o) => (o.score !== null && o.score < best) || (i.flagOn ?? []).includes(o.value));
    return Object.fromEntries(needed.map((o) => [o.value, `Do something about ${i.id} (${o.value}).`]));
  };
  const raw = {
    title: `Test ${mode} instrument`,
    summary: 'A small instrument used by the unit tests of the scoring engine.',
    lastReviewed: '2026-11-21',
    sources: [SOURCE],
    order: 1,
    mode,
    modelledOn: [{ label: 'Nothing official', source: SOURCE }],
    audience: 'The unit tests only.',
    scoringInstructions: 'Add the points and divide by the total weight.',
    scale: YES_PARTLY_NO,
    levels: LEVELS[mode],
    sections: Object.entries(sections).map(([id, items]) => ({
      id,
      title: `Section ${id}`,
      items: items.map((i) => ({
        id: i.id,
        question: i.question ?? `Question ${i.id}?`,
        guidance: 'What a good answer looks like.',
        weight: i.weight ?? 1,
        ...(i.scale ? { scale: i.scale } : {}),
        ...(i.flagOn ? { flagOn: i.flagOn, flagLevel: i.flagLevel } : {}),
        actions: i.actions ?? actionsFor(i),
        links: [{ href: `/practices/risk-mitigation/#${i.id}`, label: 'Risk mitigation' }],
        source: SOURCE,
      })),
    })),
    ...extra,
  };
  return { id: `test-${mode}`, ...ChecklistSchema().parse(raw) };
}

export const MODES: Mode[] = ['maturity', 'risk', 'reflection'];
export const simple = (mode: Mode) =>
  make(mode, {
    a: [{ id: 'a1' }, { id: 'a2', weight: 2 }],
    b: [{ id: 'b1' }, { id: 'b2', weight: 3 }],
  });

/** A map-backed fake of localStorage. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

// ---------------------------------------------------------------------------------------------
// Scores, completion, levels
// ---------------------------------------------------------------------------------------------
