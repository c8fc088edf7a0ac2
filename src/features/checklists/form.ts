/**
 * How the instrument is laid out on the form and the printed paper: marked scales, shares of a
 * weight as people write them, the score bands of each level, and the pages the actions link to.
 */
import type { Checklist, ChecklistItem, ChecklistLevel, ScaleOption } from '#src/schemas/checklist.ts';
import { allItems, scaleOf } from './answers.ts';

/** Symbols that mark the items of each named scale on the form, in order of first use. */
export const SCALE_MARKS = ['⚑', '◆', '●', '■', '▲'] as const;

/** A named scale (`scales.<name>`) that items use, with the symbol that marks them on the form. */
export interface MarkedScale {
  name: string;
  /** The symbol printed next to each of its items and in the key. */
  mark: string;
  options: ScaleOption[];
  /** How many items use it. */
  items: number;
}

/**
 * The named scales that items actually use, in order of first use, each with its mark. The paper
 * instructions call these items "marked" (e.g. "questions marked as exposure questions"), so the form
 * shows the mark and a key. Items on the default scale have no mark.
 */
export function markedScales(instrument: Pick<Checklist, 'sections' | 'scales'>): MarkedScale[] {
  const found = new Map<string, MarkedScale>();
  for (const { item } of allItems(instrument)) {
    if (item.scale === undefined) continue;
    const options = instrument.scales[item.scale];
    if (!options) continue;
    const entry = found.get(item.scale);
    if (entry) entry.items += 1;
    else
      found.set(item.scale, {
        name: item.scale,
        mark: SCALE_MARKS[found.size % SCALE_MARKS.length]!,
        options,
        items: 1,
      });
  }
  return [...found.values()];
}

/** The marked scale an item uses, or null for the default scale. */
export function markOf(marked: MarkedScale[], item: Pick<ChecklistItem, 'scale'>): MarkedScale | null {
  return item.scale === undefined ? null : (marked.find((m) => m.name === item.scale) ?? null);
}

/** A scale name as words with a capital: "exposure" → "Exposure", "due-diligence" → "Due diligence". */
export function scaleTitle(name: string): string {
  const words = name.replace(/-/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const FRACTIONS: [number, string][] = [
  [1 / 2, '½'],
  [1 / 4, '¼'],
  [3 / 4, '¾'],
  [1 / 3, '⅓'],
  [2 / 3, '⅔'],
  [1 / 5, '⅕'],
  [1 / 8, '⅛'],
];

/**
 * A share of an item's weight as people write it on paper: 1 → "1", 0 → "0", 0.5 → "½",
 * 0.25 → "¼", other values with at most two decimals ("0.6"); null ("not applicable") → null.
 */
export function formatShare(share: number | null): string | null {
  if (share === null) return null;
  if (Math.abs(share - Math.round(share)) < 1e-9) return String(Math.round(share));
  const glyph = FRACTIONS.find(([v]) => Math.abs(v - share) < 1e-9);
  return glyph ? glyph[1] : String(Number(share.toFixed(2)));
}

/** The whole-number scores that give a level. */
export interface LevelBand {
  level: ChecklistLevel;
  /** Lowest score of the band. */
  from: number;
  /** Highest score of the band, or null for the open-ended top band ("and above"). */
  to: number | null;
}

/**
 * The score range of each level, for the level table: scores are whole numbers, so a band runs from
 * its `min` (rounded up) to one below the next level's `min` (rounded up); the last has no upper end.
 */
export function levelBands(levels: ChecklistLevel[]): LevelBand[] {
  return levels.map((level, i) => {
    const next = levels[i + 1];
    return { level, from: Math.ceil(level.min), to: next ? Math.ceil(next.min) - 1 : null };
  });
}

/** The labels of the answers that raise an item's flag, in scale order (empty when it has none). */
export function flagAnswerLabels(
  instrument: Pick<Checklist, 'scale' | 'scales'>,
  item: Pick<ChecklistItem, 'scale' | 'flagOn'>,
): string[] {
  return scaleOf(instrument, item)
    .filter((o) => item.flagOn.includes(o.value))
    .map((o) => o.label);
}

/** An answer of an item's scale with the item's action for it. */
export interface AnswerAction {
  value: string;
  label: string;
  action: string;
}

/**
 * The item's actions by answer, in scale order (the worst answer usually first): only the answers
 * that have one. The printable form lists them under each question, so that a reader scoring on
 * paper finds what to do for the box they ticked.
 */
export function actionsByAnswer(
  instrument: Pick<Checklist, 'scale' | 'scales'>,
  item: Pick<ChecklistItem, 'scale' | 'actions'>,
): AnswerAction[] {
  return scaleOf(instrument, item).flatMap((o) => {
    const action = item.actions[o.value];
    return action === undefined ? [] : [{ value: o.value, label: o.label, action }];
  });
}

/**
 * The action for the item's lowest answer: the answer with the lowest score that has an action
 * (first in scale order on a tie), else the first action in scale order; null when the item has none.
 * `/data/checklists.json` keeps it as each item's `action`, the single action that the published
 * shape had before actions depended on the answer.
 */
export function lowestAction(
  instrument: Pick<Checklist, 'scale' | 'scales'>,
  item: Pick<ChecklistItem, 'scale' | 'actions'>,
): string | null {
  const scale = scaleOf(instrument, item);
  const scored = scale
    .filter((o) => o.score !== null && item.actions[o.value] !== undefined)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0));
  const pick = scored[0] ?? scale.find((o) => item.actions[o.value] !== undefined);
  return pick ? (item.actions[pick.value] ?? null) : null;
}

/**
 * Ids of the site pages under `prefix` that the instrument's items link to, in first-seen order
 * ("/practices/" → ["risk-mitigation", …]); used for search facets.
 */
export function linkedPageIds(instrument: Pick<Checklist, 'sections'>, prefix: string): string[] {
  const ids: string[] = [];
  for (const { item } of allItems(instrument)) {
    for (const link of item.links) {
      if (!link.href.startsWith(prefix)) continue;
      const id = link.href.slice(prefix.length).split(/[/#?]/)[0];
      if (id && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}
