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
 *   score or raises a flag. Ordered by flag level (high, medium, low, then no flag), then by
 *   weight × shortfall (best score − earned score), largest first, then by document order. In risk
 *   mode this list is the draft risk-mitigation plan.
 */
// zod/mini: the same Zod, tree-shakable, so the checklist island stays small.
import * as z from 'zod/mini';
import type { Checklist, ChecklistItem, ChecklistLevel, FlagLevel, ScaleOption } from '#src/schemas/checklist.ts';
import { createStore, type StorageLike, type Store, type Validator } from '#src/lib/storage.ts';
import { csvLines } from '#src/lib/csv.ts';

/** An instrument as the scoring engine needs it: the entry's data plus its id (the file name). */
export type Instrument = Checklist & { id: string };

/** The reader's answers: item id → scale value. */
export type Answers = Record<string, string>;

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

export interface LevelReason {
  kind: 'flag' | 'rule';
  /** The flag level, or the rule id. */
  id: string;
  /** Plain-language explanation. */
  description: string;
  level: ChecklistLevel;
}

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
  action: string;
  links: { href: string; label: string }[];
}

export interface ScoreResult {
  instrumentId: string;
  mode: Checklist['mode'];
  points: number | null;
  score: number | null;
  /** The level from the score alone. */
  scoreLevel: ChecklistLevel | null;
  /** The final level (see the module comment); null when nothing applicable is answered and nothing is forced. */
  level: ChecklistLevel | null;
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

/** The answer scale an item uses. */
export function scaleOf(instrument: Pick<Checklist, 'scale' | 'scales'>, item: Pick<ChecklistItem, 'scale'>): ScaleOption[] {
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
    if (!Object.prototype.hasOwnProperty.call(record, item.id)) continue;
    const value = record[item.id];
    if (typeof value === 'string' && scaleOf(instrument, item).some((o) => o.value === value)) out[item.id] = value;
  }
  return out;
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
      });
    }
    earnedAll += earned;
    possibleAll += possible;
    const points = pointsOf(earned, possible);
    sections.push({ id: section.id, title: section.title, points, score: reading(points), total: section.items.length, ...counts });
  }

  const points = pointsOf(earnedAll, possibleAll);
  const score = reading(points);
  const scoreLevel = levelForScore(instrument.levels, score);

  // Forced levels: flags (through `onFlag`) and rules.
  const forced: LevelReason[] = [];
  const worstFlag = flags.reduce((m, f) => Math.max(m, FLAG_RANK[f.level]), 0);
  for (const level of instrument.levels) {
    if (level.onFlag && worstFlag >= FLAG_RANK[level.onFlag]) {
      forced.push({ kind: 'flag', id: level.onFlag, description: `An answer raised a ${level.onFlag}${level.onFlag === 'high' ? '' : ' or more serious'} flag.`, level });
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
  return {
    instrumentId: instrument.id,
    mode: instrument.mode,
    points,
    score,
    scoreLevel,
    level,
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
    .filter((i) => i.needsAction)
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
        action: item.action,
        links: item.links.map((l) => ({ href: l.href, label: l.label })),
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------

function isoDay(date: string | Date): string {
  return typeof date === 'string' ? date : date.toISOString().slice(0, 10);
}

/** How the overall score reads, in words. */
export function scoreMeaning(mode: Checklist['mode']): string {
  return mode === 'risk' ? 'risk score: 0 is lowest risk, 100 highest' : mode === 'maturity' ? 'maturity score: 100 is best practice' : 'reflection score';
}

const FLAG_WORD: Record<FlagLevel, string> = { low: 'Low flag', medium: 'Medium flag', high: 'High flag' };

/** Makes text safe inside a Markdown table cell or list line. */
function md(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/([\\|*_`[\]<>])/g, '\\$1');
}

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /**
   * The site's address (e.g. `https://example.org/`). Site paths in action links ("/practices/…")
   * are made absolute against it, so the links still work in a downloaded file. Default: left as is.
   */
  baseUrl?: string;
}

/** A site path made absolute against `baseUrl` (other links, and all links without a base, unchanged). */
export function absoluteHref(href: string, baseUrl?: string): string {
  if (!baseUrl || !href.startsWith('/') || href.startsWith('//')) return href;
  try {
    return new URL(href, baseUrl).href;
  } catch {
    return href;
  }
}

/** A Markdown report: result, sections, prioritised actions and every question with its answer. */
export function toMarkdown(instrument: Instrument, answers: Answers, result: ScoreResult, date: string | Date, options: MarkdownOptions = {}): string {
  const clean = sanitizeAnswers(instrument, answers);
  const out: string[] = [];
  const pct = (x: number | null) => (x === null ? 'no score' : `${x} / 100`);
  out.push(`# ${md(instrument.title)}`, '');
  out.push(`Self-assessment completed on ${isoDay(date)}. Modelled on ${instrument.modelledOn.map((m) => md(m.label)).join('; ')}. This is not an official form.`, '');
  out.push('## Result', '');
  out.push(`- Overall: ${pct(result.score)} (${scoreMeaning(result.mode)})`);
  out.push(`- Level: ${result.level ? `**${md(result.level.label)}**: ${md(result.level.description)}` : 'none (no applicable answer yet)'}`);
  if (result.level && result.level !== result.scoreLevel) {
    out.push(`- ${result.scoreLevel ? `The score alone gives "${md(result.scoreLevel.label)}"` : 'There is no score yet'}; the level was set because:`);
    for (const r of result.forced.filter((f) => f.level === result.level)) out.push(`  - ${md(r.description)}`);
  }
  out.push(`- Answered: ${result.answered} of ${result.total} (${Math.round(result.completion * 100)}%), of which ${result.notApplicable} not applicable`);
  out.push(`- Flags raised: ${result.flags.length}`, '');
  out.push('| Section | Score | Answered |', '| --- | --- | --- |');
  for (const s of result.sections) out.push(`| ${md(s.title)} | ${s.score === null ? 'no score' : s.score} | ${s.answered} of ${s.total} |`);
  out.push('');
  out.push(result.mode === 'risk' ? '## Draft risk-mitigation plan' : '## Recommended actions', '');
  if (result.actions.length === 0) out.push('No action: every answered item has the best answer.', '');
  for (const a of result.actions) {
    const flag = a.flag ? `[${FLAG_WORD[a.flag]}] ` : '';
    out.push(`${a.rank}. ${flag}**${md(a.question)}** (${md(a.sectionTitle)}; answer: ${md(a.answerLabel)})`);
    out.push(`   ${md(a.action)}`);
    if (a.links.length) out.push(`   See: ${a.links.map((l) => `[${md(l.label)}](${absoluteHref(l.href, options.baseUrl)})`).join(', ')}`);
  }
  if (result.actions.length) out.push('');
  out.push('## Answers', '');
  for (const section of instrument.sections) {
    out.push(`### ${md(section.title)}`, '');
    for (const item of section.items) {
      const value = clean[item.id];
      const label = value === undefined ? 'Not answered' : (scaleOf(instrument, item).find((o) => o.value === value)?.label ?? 'Not answered');
      out.push(`- ${md(item.question)}`, `  Answer: ${md(label)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** One CSV field, quoted per RFC 4180 when it holds a comma, a double quote, CR or LF. */

export const CSV_HEADER = ['section', 'item_id', 'question', 'answer', 'score', 'flag', 'action'] as const;

/**
 * RFC 4180 CSV, CRLF line ends, a header row, then one row per item in document order: section
 * title, item id, question, answer label (empty when unanswered), earned score (0–1 share; empty
 * when unanswered or not applicable), flag level (empty when none), action (only when needed).
 */
export function toCsv(instrument: Instrument, answers: Answers, result: ScoreResult = scoreInstrument(instrument, answers)): string {
  const byId = new Map(result.items.map((i) => [i.itemId, i]));
  const rows: (string | number | null)[][] = [[...CSV_HEADER]];
  for (const section of instrument.sections) {
    for (const item of section.items) {
      const r = byId.get(item.id);
      rows.push([section.title, item.id, item.question, r?.answerLabel ?? '', r?.earned ?? null, r?.flag ?? '', r?.needsAction ? item.action : '']);
    }
  }
  return csvLines(rows);
}

/** A JSON report (pretty-printed) with the instrument id, the date, the answers and the result. */
export function toJson(instrument: Instrument, answers: Answers, result: ScoreResult, date: string | Date): string {
  const level = (l: ChecklistLevel | null) => (l ? { id: l.id, label: l.label, min: l.min } : null);
  return JSON.stringify(
    {
      format: 'checklist-result',
      version: 1,
      instrument: { id: instrument.id, title: instrument.title, mode: instrument.mode, lastReviewed: instrument.lastReviewed },
      date: isoDay(date),
      answers: sanitizeAnswers(instrument, answers),
      result: {
        score: result.score,
        points: result.points,
        level: level(result.level),
        scoreLevel: level(result.scoreLevel),
        forced: result.forced.map((f) => ({ kind: f.kind, id: f.id, description: f.description, level: f.level.id })),
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

// ---------------------------------------------------------------------------------------------
// Presentation helpers: the checklist pages, the island and the printable form
// ---------------------------------------------------------------------------------------------

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
    else found.set(item.scale, { name: item.scale, mark: SCALE_MARKS[found.size % SCALE_MARKS.length]!, options, items: 1 });
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

/** The labels of the answers that raise an item's flag, in scale order (empty when it has none). */
export function flagAnswerLabels(instrument: Pick<Checklist, 'scale' | 'scales'>, item: Pick<ChecklistItem, 'scale' | 'flagOn'>): string[] {
  return scaleOf(instrument, item)
    .filter((o) => item.flagOn.includes(o.value))
    .map((o) => o.label);
}

/** A copy of the answers with one item set to `value`, or removed when `value` is null. */
export function setAnswer(answers: Answers, itemId: string, value: string | null): Answers {
  const next: Answers = { ...answers };
  if (value === null) delete next[itemId];
  else next[itemId] = value;
  return next;
}

/** File name of a downloaded report: `<id>-self-assessment-<YYYY-MM-DD>.<ext>`. */
export function exportFileName(instrumentId: string, date: string | Date, ext: 'md' | 'csv' | 'json'): string {
  return `${instrumentId}-self-assessment-${isoDay(date)}.${ext}`;
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

// ---------------------------------------------------------------------------------------------
// Saved answers
// ---------------------------------------------------------------------------------------------

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
export function savedAnswersSchema(instrument: Pick<Checklist, 'sections' | 'scale' | 'scales'>): Validator<SavedAnswers> {
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
