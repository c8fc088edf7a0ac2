/**
 * The scoring engine of the self-assessment instruments (`content/checklists/*.yaml`): pure
 * functions, no DOM, usable in the browser, at build time and in tests. The printable form's
 * "how to score on paper" text of each instrument follows exactly these rules.
 *
 * Definitions
 * -----------
 * - **Answers** are `Record<itemId, scaleValue>`. An item with no entry is *unanswered*: it is left
 *   out of every score and counted in `unanswered`. Entries for unknown items or with values that are
 *   not on the item's scale are ignored (see `sanitizeAnswers`).
 * - **Scale.** Each answer option has a `score`, the share (0–1) of the item's `weight` it earns;
 *   1 is the best answer (the safest or most mature). `null` means "not applicable": the item is
 *   answered but left out of the numerator *and* the denominator. An item uses the instrument's
 *   `scale`, or a named entry of `scales` when it says `scale: <name>` (questions where "yes" is the
 *   risky answer). The *best score* of an item is the highest non-null score on its scale.
 * - **Points** (0–100, "higher is better") of a section, or of the whole instrument:
 *   `sum(weight × option.score) / sum(weight of answered, applicable items) × 100`, rounded to the
 *   nearest whole number; `null` when no applicable item is answered.
 * - **Score**, the reading the instrument reports (also per section):
 *   - `maturity` and `reflection`: score = points (100 = best practice);
 *   - `risk`: score = 100 − points, so 100 is the highest risk. Every item is phrased so that its
 *     best answer is the safe one; the risk is the share of safeguards missing, by weight.
 * - **Completion** = answered items (including "not applicable") / all items, 0–1.
 * - **Level from the score**: the highest level whose `min` ≤ score (levels are listed by
 *   increasing `min`; one starts at 0). The same rule in every mode; in risk mode higher levels are
 *   riskier, in maturity and reflection modes higher levels are better.
 * - **Flags.** An item raises a flag when its answer is in `flagOn`; the flag has the item's
 *   `flagLevel` (low, medium, high). A level with `onFlag: f` is *forced* when a flag of level f or a
 *   more serious one is raised. A rule (`rules`) whose conditions hold forces its `level`.
 * - **Final level**: the most serious of the level from the score and every forced level. "Most
 *   serious" means the higher level in risk mode and the lower level in maturity and reflection
 *   modes. So in risk mode (where the schema makes the top level take `onFlag: high`) **any raised
 *   high flag forces the highest risk level**, whatever the score; in maturity and reflection modes a
 *   flag caps the result. With no applicable answer and nothing forced, the level is `null`.
 * - **Prioritised actions**: one per answered item whose answer earns less than the item's best
 *   score or raises a flag, or for which the item has an action (the best answer may have one, e.g.
 *   how to keep a safeguard working). The text is the item's action for *that answer*
 *   (`actions[answer]`): "not in place" gets "establish it", "partly" gets "complete it", and so on.
 *   Ordered by flag level (high, medium, low, then no flag), then by weight × shortfall (best score −
 *   earned score), largest first, then by document order. In risk mode this list is the draft
 *   risk-mitigation plan.
 * - **When a level means something** (`levelThreshold`): a level read from a handful of answers
 *   misleads, so the result gives no level (`level: null`, `levelWithheld: true`) until at least
 *   half of the items, rounded up, are answered ("not applicable" counts as answered). One exception:
 *   a level forced to the most serious level of the instrument (in risk mode, a high flag gives the
 *   highest risk level) is shown at once, since no further answer can make it less serious. From
 *   there until the last item the result is marked provisional. The score, the section scores, the flags
 *   and the actions are shown from the first answer: they describe the answers given, not the whole.
 */
// zod/mini: the same Zod, tree-shakable, so the checklist island stays small.
import type { Checklist, ChecklistLevel, FlagLevel } from '#src/schemas/checklist.ts';
import { allItems, bestScore, sanitizeAnswers, scaleOf, type Answers, type Instrument } from './answers.ts';

export type ItemStatus = 'unanswered' | 'not-applicable' | 'answered';

export interface ItemResult {
  sectionId: string;
  itemId: string;
  /** Position in the document (0-based, over all sections). */
  index: number;
  status: ItemStatus;
  /** The scale value chosen, or null when unanswered. */
  answer: string | null;
  answerLabel: string | null;
  /** The share of the weight earned (0–1); null when unanswered or not applicable. */
  earned: number | null;
  weight: number;
  /** Best score − earned (0 when unanswered or not applicable). */
  shortfall: number;
  /** The flag this answer raises, or null. */
  flag: FlagLevel | null;
  /** True when the item gets an action (answer below best, or a flag). */
  needsAction: boolean;
  /** The item's action for this answer (`actions[answer]`), or null when it has none. */
  action: string | null;
}

export interface SectionResult {
  id: string;
  title: string;
  /** 0–100, higher is better; null when nothing applicable is answered. */
  points: number | null;
  /** The reading: points, or 100 − points in risk mode. */
  score: number | null;
  total: number;
  answered: number;
  /** Answered with an applicable (non-null) answer. */
  applicable: number;
  notApplicable: number;
  unanswered: number;
  flags: number;
}

export interface RaisedFlag {
  sectionId: string;
  itemId: string;
  level: FlagLevel;
  answer: string;
}

/**
 * Why a level was forced: a raised flag (its level; the words are the message
 * `checklists.reason.flag.<level>`) or a rule of the instrument (its id and its own description).
 */
export type LevelReason =
  | { kind: 'flag'; id: FlagLevel; level: ChecklistLevel }
  | { kind: 'rule'; id: string; description: string; level: ChecklistLevel };

export interface Action {
  /** 1-based position in the prioritised list. */
  rank: number;
  sectionId: string;
  sectionTitle: string;
  itemId: string;
  question: string;
  answer: string;
  answerLabel: string;
  flag: FlagLevel | null;
  /** weight × shortfall. */
  priority: number;
  /** What to do, for this answer: the item's `actions[answer]`. */
  action: string;
  links: { href: string; label: string }[];
}

export interface ScoreResult {
  instrumentId: string;
  mode: Checklist['mode'];
  points: number | null;
  score: number | null;
  /** The level from the score alone (null while the level is withheld). */
  scoreLevel: ChecklistLevel | null;
  /**
   * The final level (see the module comment); null when nothing applicable is answered and nothing is
   * forced, and null while fewer than `minAnswered` items are answered (then `levelWithheld`).
   */
  level: ChecklistLevel | null;
  /** The level the answers so far give, shown or not (`level` is null while it is withheld). */
  levelFound: ChecklistLevel | null;
  /** True when a level was found but is not shown yet: fewer than `minAnswered` items are answered. */
  levelWithheld: boolean;
  /** How many items must be answered before the result gives a level (`levelThreshold`). */
  minAnswered: number;
  /** True when the result may still change: some items are unanswered. */
  provisional: boolean;
  /** Flags and rules that force a level, whether or not they changed the outcome. */
  forced: LevelReason[];
  total: number;
  answered: number;
  applicable: number;
  notApplicable: number;
  unanswered: number;
  /** answered / total, 0–1. */
  completion: number;
  sections: SectionResult[];
  items: ItemResult[];
  flags: RaisedFlag[];
  actions: Action[];
}

const FLAG_RANK: Record<FlagLevel, number> = { low: 1, medium: 2, high: 3 };
const EPSILON = 1e-9;

/** Rounds to a whole number after removing floating-point noise (14.4999999999 → 14.5 → 15). */
export function roundScore(x: number): number {
  return Math.round(Number(x.toFixed(6)));
}

/** The highest level whose `min` ≤ score; null for a null score. Levels must be sorted by `min`. */
export function levelForScore(levels: ChecklistLevel[], score: number | null): ChecklistLevel | null {
  if (score === null) return null;
  let found: ChecklistLevel | null = null;
  for (const level of levels) if (level.min <= score) found = level;
  return found ?? levels[0] ?? null;
}

/** Points (0–100) from weighted sums; null when the denominator is 0. */
function pointsOf(earned: number, possible: number): number | null {
  return possible > 0 ? roundScore((earned / possible) * 100) : null;
}

/** Share of the items that must be answered before the result gives a level. */
export const LEVEL_THRESHOLD_SHARE = 0.5;

/**
 * How many of `total` items must be answered (including "not applicable") before a result gives a
 * level: half, rounded up, and at least one.
 */
export function levelThreshold(total: number): number {
  return Math.max(1, Math.ceil(total * LEVEL_THRESHOLD_SHARE));
}

/** Scores an instrument. Never throws on odd answers: they are ignored like unanswered items. */
export function scoreInstrument(instrument: Instrument, rawAnswers: Answers): ScoreResult {
  const answers = sanitizeAnswers(instrument, rawAnswers);
  const risk = instrument.mode === 'risk';
  const reading = (points: number | null) => (points === null ? null : risk ? 100 - points : points);

  const items: ItemResult[] = [];
  const sections: SectionResult[] = [];
  const flags: RaisedFlag[] = [];
  let earnedAll = 0;
  let possibleAll = 0;
  let index = 0;

  for (const section of instrument.sections) {
    let earned = 0;
    let possible = 0;
    const counts = { answered: 0, applicable: 0, notApplicable: 0, unanswered: 0, flags: 0 };
    for (const item of section.items) {
      const scale = scaleOf(instrument, item);
      const best = bestScore(scale) ?? 0;
      const value = answers[item.id];
      const option = value === undefined ? undefined : scale.find((o) => o.value === value);
      const flag = option && item.flagLevel && item.flagOn.includes(option.value) ? item.flagLevel : null;
      const action = option ? (item.actions[option.value] ?? null) : null;
      let status: ItemStatus = 'unanswered';
      let shortfall = 0;
      if (!option) counts.unanswered += 1;
      else if (option.score === null) {
        status = 'not-applicable';
        counts.answered += 1;
        counts.notApplicable += 1;
      } else {
        status = 'answered';
        counts.answered += 1;
        counts.applicable += 1;
        earned += item.weight * option.score;
        possible += item.weight;
        shortfall = Math.max(0, best - option.score);
      }
      if (flag && option) {
        counts.flags += 1;
        flags.push({ sectionId: section.id, itemId: item.id, level: flag, answer: option.value });
      }
      items.push({
        sectionId: section.id,
        itemId: item.id,
        index: index++,
        status,
        answer: option?.value ?? null,
        answerLabel: option?.label ?? null,
        earned: option?.score ?? null,
        weight: item.weight,
        shortfall,
        flag,
        needsAction: Boolean(option) && (flag !== null || shortfall > EPSILON),
        action,
      });
    }
    earnedAll += earned;
    possibleAll += possible;
    const points = pointsOf(earned, possible);
    sections.push({
      id: section.id,
      title: section.title,
      points,
      score: reading(points),
      total: section.items.length,
      ...counts,
    });
  }

  const points = pointsOf(earnedAll, possibleAll);
  const score = reading(points);
  const scoreLevel = levelForScore(instrument.levels, score);

  // Forced levels: flags (through `onFlag`) and rules.
  const forced: LevelReason[] = [];
  const worstFlag = flags.reduce((m, f) => Math.max(m, FLAG_RANK[f.level]), 0);
  for (const level of instrument.levels) {
    if (level.onFlag && worstFlag >= FLAG_RANK[level.onFlag]) {
      forced.push({ kind: 'flag', id: level.onFlag, level });
    }
  }
  const holds = (c: { item: string; answers: string[] }) => {
    const v = answers[c.item];
    return v !== undefined && c.answers.includes(v);
  };
  for (const rule of instrument.rules) {
    if (rule.all.every(holds) && (rule.any.length === 0 || rule.any.some(holds))) {
      const level = instrument.levels.find((l) => l.id === rule.level);
      if (level) forced.push({ kind: 'rule', id: rule.id, description: rule.description, level });
    }
  }
  const severity = (l: ChecklistLevel) => {
    const i = instrument.levels.indexOf(l);
    return risk ? i : instrument.levels.length - 1 - i;
  };
  let level = scoreLevel;
  for (const reason of forced) if (level === null || severity(reason.level) > severity(level)) level = reason.level;

  const actions = prioritisedActions(instrument, items);
  const total = items.length;
  const answered = items.filter((i) => i.status !== 'unanswered').length;
  const notApplicable = items.filter((i) => i.status === 'not-applicable').length;
  const minAnswered = levelThreshold(total);
  const mostSerious = Math.max(...instrument.levels.map(severity));
  const certain = forced.some((r) => severity(r.level) === mostSerious);
  const levelWithheld = level !== null && answered < minAnswered && !certain;
  return {
    instrumentId: instrument.id,
    mode: instrument.mode,
    points,
    score,
    scoreLevel: levelWithheld ? null : scoreLevel,
    level: levelWithheld ? null : level,
    levelFound: level,
    levelWithheld,
    minAnswered,
    provisional: answered < total,
    forced,
    total,
    answered,
    applicable: answered - notApplicable,
    notApplicable,
    unanswered: total - answered,
    completion: total ? answered / total : 0,
    sections,
    items,
    flags,
    actions,
  };
}

function prioritisedActions(instrument: Instrument, items: ItemResult[]): Action[] {
  const lookup = new Map(allItems(instrument).map((e) => [e.item.id, e]));
  return items
    .filter((i) => i.needsAction || i.action !== null)
    .map((i) => ({ i, priority: Number((i.weight * i.shortfall).toFixed(9)) }))
    .sort((a, b) => {
      const fa = a.i.flag ? FLAG_RANK[a.i.flag] : 0;
      const fb = b.i.flag ? FLAG_RANK[b.i.flag] : 0;
      return fb - fa || b.priority - a.priority || a.i.index - b.i.index;
    })
    .map(({ i, priority }, n) => {
      const { section, item } = lookup.get(i.itemId)!;
      return {
        rank: n + 1,
        sectionId: section.id,
        sectionTitle: section.title,
        itemId: item.id,
        question: item.question,
        answer: i.answer ?? '',
        answerLabel: i.answerLabel ?? '',
        flag: i.flag,
        priority,
        action: i.action ?? '',
        links: item.links.map((l) => ({ href: l.href, label: l.label })),
      };
    });
}

/** How a result reads at a glance (always shown with words and an icon, never by colour alone). */
export type Tone = 'good' | 'warn' | 'bad';

/**
 * The tone of a level: the best level is good and the worst bad; in between, levels in the better
 * half are good and the rest warn. The best level is the first in risk mode and the last otherwise.
 */
export function levelTone(instrument: Pick<Checklist, 'mode' | 'levels'>, level: ChecklistLevel): Tone {
  const n = instrument.levels.length;
  const i = instrument.levels.findIndex((l) => l.id === level.id);
  if (i < 0 || n < 2) return 'warn';
  const severity = (instrument.mode === 'risk' ? i : n - 1 - i) / (n - 1);
  if (severity === 0) return 'good';
  if (severity === 1) return 'bad';
  return severity < 0.5 ? 'good' : 'warn';
}
